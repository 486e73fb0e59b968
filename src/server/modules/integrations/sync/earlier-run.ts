import { and, eq, inArray, isNull, lt, ne, or } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { importRuns } from "../../../db/schema/imports.js";
import type { RunRow } from "./import-runs.js";
import { leaseLapsed } from "./run-lease.js";

/** A run that has shown no progress for this long has stopped for good and no longer holds others up. */
export const ABANDONED_AFTER_MS = 15 * 60_000;

/**
 * The company's earlier run of the same kind that is still working, if any: imports of a company
 * go one at a time, in the order they were started. A long-silent one is marked failed instead.
 */
export async function findEarlierActiveRun(
  scope: CompanyScope,
  run: RunRow,
  now: Date,
): Promise<RunRow | undefined> {
  const earlier = await scope.select(
    importRuns,
    and(
      eq(importRuns.kind, run.kind),
      eq(importRuns.provider, run.provider),
      ne(importRuns.id, run.id),
      lt(importRuns.createdAt, run.createdAt),
      inArray(importRuns.status, ["fetching", "importing"]),
    ),
  );
  for (const other of earlier) {
    if (now.getTime() - other.updatedAt.getTime() < ABANDONED_AFTER_MS) return other;
    // Never one a live worker holds (its lease is fresh); its job, if it ever runs, finds it failed.
    const abandoned = await scope
      .update(
        importRuns,
        {
          status: "failed",
          error: "This import stopped unexpectedly. Resume it or start a new one.",
          updatedAt: now,
          finishedAt: now,
          jobId: null,
          worker: null,
          leaseUntil: null,
        },
        eq(importRuns.id, other.id),
        inArray(importRuns.status, ["fetching", "importing"]),
        or(isNull(importRuns.leaseUntil), leaseLapsed()),
      )
      .returning({ id: importRuns.id });
    if (abandoned.length === 0) return other;
  }
  return undefined;
}
