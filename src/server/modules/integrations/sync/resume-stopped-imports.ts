import { and, eq, inArray, isNotNull, isNull, or, type SQL } from "drizzle-orm";
import type { Deps } from "../../../app-env.js";
import { CompanyScope } from "../../../db/company-scope.js";
import { importRuns } from "../../../db/schema/imports.js";
import type { Jobs } from "../../../lib/jobs.js";
import type { ProviderId } from "../accounting-provider.js";
import { IMPORT_QUEUE, queueRunJob } from "./import-job.js";
import type { RunRow } from "./import-runs.js";
import { type ImportWorker, LEASE_SECONDS } from "./import-worker.js";
import { leaseLapsed, WORKING_STATUSES } from "./run-lease.js";

const CHECK_EVERY_MS = 3_000;

export interface StoppedOptions {
  /** Every process that worked before this one has ended (the embedded database, at start). */
  previousProcessesGone?: boolean;
}

/**
 * Of these working runs, those whose worker may be gone: one with a lease held by another process
 * (takeOverRun takes it only once the lease has lapsed, by the database's clock), or one naming
 * a job that is no longer queued or running (lost with its process before it started).
 */
export async function stoppedRuns(
  runs: RunRow[],
  jobs: Jobs,
  worker: Pick<ImportWorker, "id" | "jobs">,
  options: StoppedOptions = {},
): Promise<RunRow[]> {
  const gone = options.previousProcessesGone ?? false;
  const queued = runs.filter((r) => r.leaseUntil === null && r.jobId).map((r) => r.jobId!);
  // A job started before this process was someone else's, now dead.
  const waiting = await jobs.unfinished(queued, gone ? Math.floor(process.uptime()) : LEASE_SECONDS);
  // A job running in this process is alive, whatever its lease says.
  const runningHere = (r: RunRow) => r.worker === worker.id && !!r.jobId && worker.jobs.has(r.jobId);
  return runs.filter((r) => (r.leaseUntil === null ? !(r.jobId && waiting.has(r.jobId)) : !runningHere(r)));
}

/**
 * Gives a stopped run to a new job, unless it changed since it was found stopped (another process
 * took it first, or its worker was alive after all); cancels the old job, so it never runs again.
 */
export async function takeOverRun(
  scope: CompanyScope,
  jobs: Jobs,
  run: RunRow,
  options: StoppedOptions & { set?: Partial<RunRow> } = {},
): Promise<RunRow | null> {
  const unchanged: SQL[] = [
    eq(importRuns.status, run.status),
    run.jobId ? eq(importRuns.jobId, run.jobId) : isNull(importRuns.jobId),
    run.leaseUntil === null
      ? isNull(importRuns.leaseUntil)
      : options.previousProcessesGone
        ? eq(importRuns.worker, run.worker ?? "")
        : leaseLapsed(),
  ];
  const taken = await queueRunJob(scope, jobs, run.id, { where: unchanged, set: options.set });
  // Best effort: an old job that does run finds the run naming another job, and ends.
  if (taken && run.jobId)
    await jobs.cancel(IMPORT_QUEUE(run.provider as ProviderId), run.jobId).catch(() => {});
  return taken;
}

/** Every company's imports whose worker is gone go on in a new job; answers how many. */
export async function resumeStoppedImports(deps: Deps, options: StoppedOptions = {}): Promise<number> {
  const gone = options.previousProcessesGone ?? false;
  const working = await deps.database.db
    .select()
    .from(importRuns)
    .where(
      and(
        inArray(importRuns.status, [...WORKING_STATUSES]),
        // Runs from before job ids were recorded may still be worked on by an older process.
        gone ? undefined : isNotNull(importRuns.jobId),
        gone ? undefined : or(isNull(importRuns.leaseUntil), leaseLapsed()),
      ),
    );
  let resumed = 0;
  const { importWorker } = deps.integrations;
  for (const run of await stoppedRuns(working, deps.jobs, importWorker, options)) {
    const scope = new CompanyScope(deps.database.db, run.companyId);
    const taken = await takeOverRun(scope, deps.jobs, run, options);
    if (!taken) continue;
    resumed++;
    deps.logger.warn(
      { runId: run.id, companyId: run.companyId, status: run.status, previousWorker: run.worker },
      "import goes on in a new job: its worker had stopped",
    );
  }
  return resumed;
}

/**
 * At start (taking over at once what earlier processes left, on the embedded database) and every
 * few seconds: imports whose worker died go on within seconds. Answers a function that stops it.
 */
export async function keepImportsGoing(deps: Deps, options: StoppedOptions): Promise<() => Promise<void>> {
  let checking: Promise<unknown> | undefined;
  const check = (checkOptions: StoppedOptions) => {
    checking ??= resumeStoppedImports(deps, checkOptions)
      .catch((error) => deps.logger.warn({ err: error }, "could not check for stopped imports"))
      .finally(() => {
        checking = undefined;
      });
    return checking;
  };
  await check(options);
  const timer = setInterval(() => void check({}), CHECK_EVERY_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await checking;
  };
}
