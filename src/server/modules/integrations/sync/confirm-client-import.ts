import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { ConfirmImportBody } from "../../../../shared/api/imports.js";
import type { Auth } from "../../../app-env.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { importCandidates, importRuns } from "../../../db/schema/imports.js";
import { AppError } from "../../../lib/errors.js";
import type { Jobs } from "../../../lib/jobs.js";
import { assertCanManage } from "../../auth/authenticate.js";
import type { ProviderId } from "../accounting-provider.js";
import {
  checkFieldResolutions,
  checkResolutions,
  isFieldResolution,
  isMatchResolution,
} from "./check-resolutions.js";
import { hasClassificatorImport } from "./classificators-along.js";
import { sendImportJob } from "./import-job.js";
import { findRun } from "./import-runs.js";
import { startClassificatorImport } from "./start-classificator-import.js";

/**
 * The user chose which contacts to import (for ambiguous ones, which client each is; for
 * conflicts, whose value to take); the import itself runs as a background job.
 */
export async function confirmClientImport(
  scope: CompanyScope,
  auth: Auth,
  runId: string,
  body: ConfirmImportBody,
  jobs: Jobs,
  now: Date,
): Promise<void> {
  assertCanManage(auth);
  const run = await findRun(scope, runId, "clients");
  if (run.status !== "ready") {
    const why =
      run.status === "fetching" ? "its preview is still being fetched" : "it has already been confirmed";
    throw new AppError("conflict", `This import cannot be confirmed: ${why}.`);
  }
  const wanted = [...new Set(body.xeroContactIds)];
  const known = await scope.db
    .select({
      externalId: importCandidates.externalId,
      name: importCandidates.name,
      match: importCandidates.match,
      clientId: importCandidates.clientId,
      ambiguousWith: importCandidates.ambiguousWith,
      changes: importCandidates.changes,
    })
    .from(importCandidates)
    .where(scope.where(importCandidates, eq(importCandidates.runId, runId)));
  const knownIds = new Set(known.map((k) => k.externalId));
  const unknown = wanted.filter((id) => !knownIds.has(id));
  if (unknown.length > 0) {
    throw new AppError("validation_failed", "Some contacts are not in this import's preview.", [
      {
        field: "xeroContactIds",
        message: `Not in the preview: ${unknown.slice(0, 5).join(", ")}${unknown.length > 5 ? ", …" : ""}`,
      },
    ]);
  }
  const resolutions = (body.resolutions ?? []).filter(isMatchResolution);
  const fieldResolutions = (body.resolutions ?? []).filter(isFieldResolution);
  checkResolutions(known, new Set(wanted), resolutions);
  checkFieldResolutions(known, new Set(wanted), fieldResolutions);
  const importing = await scope.transaction(async (tx) => {
    // Taken only once, even if two confirmations race; its one job is named here and queued below.
    const [taken] = await tx
      .update(
        importRuns,
        {
          status: "importing",
          progressDone: 0,
          progressTotal: wanted.length,
          updatedAt: now,
          jobId: randomUUID(),
          worker: null,
          leaseUntil: null,
        },
        eq(importRuns.id, runId),
        eq(importRuns.status, "ready"),
      )
      .returning();
    if (!taken) throw new AppError("conflict", "This import has already been confirmed.");
    for (let i = 0; i < wanted.length; i += 1000) {
      await tx.update(
        importCandidates,
        { selected: true },
        and(
          eq(importCandidates.runId, runId),
          inArray(importCandidates.externalId, wanted.slice(i, i + 1000)),
        ),
      );
    }
    // The user's choice settles an ambiguous match: import as new, or update the chosen client.
    for (const r of resolutions) {
      await tx.update(
        importCandidates,
        { match: r.clientId ? "existing" : "new", clientId: r.clientId },
        and(eq(importCandidates.runId, runId), eq(importCandidates.externalId, r.xeroContactId)),
      );
    }
    // Each conflict's choice is kept with its change, for the import to apply.
    const takes = new Map<string, Map<string, "xero" | "kontor">>();
    for (const r of fieldResolutions)
      takes.set(r.xeroContactId, (takes.get(r.xeroContactId) ?? new Map()).set(r.field, r.take));
    for (const k of known) {
      const chosen = takes.get(k.externalId);
      if (!chosen) continue;
      const changes = k.changes.map((c) => (chosen.has(c.field) ? { ...c, take: chosen.get(c.field) } : c));
      await tx.update(
        importCandidates,
        { changes },
        and(eq(importCandidates.runId, runId), eq(importCandidates.externalId, k.externalId)),
      );
    }
    return taken;
  });
  await sendImportJob(jobs, importing);
  // The first import's classificators, shown in its preview, are written now that it is confirmed.
  if (run.alsoBrings && !(await hasClassificatorImport(scope, run.provider)))
    await startClassificatorImport(scope, auth, run.provider as ProviderId, jobs, now);
}
