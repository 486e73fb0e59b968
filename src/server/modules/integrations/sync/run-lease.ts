import { and, eq, inArray, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { importRuns } from "../../../db/schema/imports.js";
import type { RunRow } from "./import-runs.js";
import { dbTimeIn, type ImportWorker } from "./import-worker.js";

export const WORKING_STATUSES = ["fetching", "importing"] as const;

/** The run's worker is gone: its lease lapsed. */
export const leaseLapsed = (): SQL => lt(importRuns.leaseUntil, sql`now()`);

/** A job's step found its run taken over by another job (its own worker was thought gone). */
export class RunTakenOverError extends Error {
  constructor(runId: string) {
    super(`Import ${runId} was taken over by another job.`);
  }
}

/**
 * A job takes the run that names it, unless a live worker holds it (the job is then a stray
 * duplicate, or a retry of one that is still running somewhere), or the run is no longer working.
 */
export async function claimRun(
  scope: CompanyScope,
  runId: string,
  jobId: string,
  worker: ImportWorker,
): Promise<RunRow | null> {
  const [run] = await scope.db
    .update(importRuns)
    .set({ jobId, worker: worker.id, leaseUntil: dbTimeIn(worker.leaseSeconds) })
    .where(
      scope.where(
        importRuns,
        eq(importRuns.id, runId),
        inArray(importRuns.status, [...WORKING_STATUSES]),
        // A run from before job ids were recorded is taken by whichever of its jobs comes.
        or(eq(importRuns.jobId, jobId), isNull(importRuns.jobId)),
        or(isNull(importRuns.leaseUntil), leaseLapsed()),
      ),
    )
    .returning();
  if (!run) return null;
  worker.jobs.add(jobId);
  return run;
}

/** The run, while it is still this job's. */
export const heldBy = (run: RunRow): SQL =>
  and(
    eq(importRuns.id, run.id),
    run.jobId ? eq(importRuns.jobId, run.jobId) : isNull(importRuns.jobId),
  ) as SQL;

/**
 * In a step's transaction: goes on only while the run is still this job's, and keeps it so until
 * the commit (a takeover waits for it), so a worker thought gone never writes beside its successor.
 */
export async function holdRun(tx: CompanyScope, run: RunRow): Promise<void> {
  const held = await tx.db
    .select({ id: importRuns.id })
    .from(importRuns)
    .where(tx.where(importRuns, heldBy(run)))
    .for("update");
  if (held.length === 0) throw new RunTakenOverError(run.id);
}

/** The job ends: its lease goes; a run still working (its job retried later) keeps naming it. */
export async function releaseRun(scope: CompanyScope, run: RunRow, worker: ImportWorker): Promise<void> {
  if (run.jobId) worker.jobs.delete(run.jobId);
  await scope.db
    .update(importRuns)
    .set({
      leaseUntil: null,
      worker: null,
      jobId: sql`case when ${importRuns.status} in ('fetching', 'importing') then ${importRuns.jobId} end`,
    })
    .where(scope.where(importRuns, heldBy(run)));
}
