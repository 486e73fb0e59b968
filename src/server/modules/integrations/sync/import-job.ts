import { randomUUID } from "node:crypto";
import { eq, type SQL } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { importRuns } from "../../../db/schema/imports.js";
import type { Jobs } from "../../../lib/jobs.js";
import type { ProviderId } from "../accounting-provider.js";
import type { RunRow } from "./import-runs.js";

/** One queue per provider ("xero.import"), so disconnecting cancels them all by prefix. */
export const IMPORT_QUEUE = (provider: ProviderId) => `${provider}.import`;

export interface ImportJob {
  companyId: string;
  runId: string;
  step: "preview" | "apply" | "classificators";
}

/** What a working run's job does: by its kind and status. */
export function stepOf(run: Pick<RunRow, "kind" | "status">): ImportJob["step"] {
  if (run.kind === "classificators") return "classificators";
  return run.status === "fetching" ? "preview" : "apply";
}

/** Queues the job the run names (`import_runs.job_id`): only that job works on it. */
export function sendImportJob(jobs: Jobs, run: RunRow, startAfterSeconds?: number) {
  if (!run.jobId) throw new Error(`Import ${run.id} names no job to send.`);
  return jobs.send<ImportJob>(
    IMPORT_QUEUE(run.provider as ProviderId),
    { companyId: run.companyId, runId: run.id, step: stepOf(run) },
    { id: run.jobId, ...(startAfterSeconds ? { startAfterSeconds } : {}) },
  );
}

/**
 * Gives a run to a new job, one job per run: the job is recorded on the run only while `where`
 * still holds (of two callers racing, one wins), then queued. Answers the run, or null when it
 * was not there to take. Should the queueing fail, the run names a job that is not queued, and
 * resume-stopped-imports.ts queues it again.
 */
export async function queueRunJob(
  scope: CompanyScope,
  jobs: Jobs,
  runId: string,
  options: { where: (SQL | undefined)[]; set?: Partial<RunRow>; startAfterSeconds?: number },
): Promise<RunRow | null> {
  const [run] = await scope.db
    .update(importRuns)
    .set({ ...options.set, jobId: randomUUID(), worker: null, leaseUntil: null })
    .where(scope.where(importRuns, eq(importRuns.id, runId), ...options.where))
    .returning();
  if (!run) return null;
  await sendImportJob(jobs, run, options.startAfterSeconds);
  return run;
}

/** Records a new run and queues its first step. */
export async function startRun(
  scope: CompanyScope,
  jobs: Jobs,
  run: {
    provider: ProviderId;
    kind: "clients" | "classificators";
    organisationId: string;
    userId: string;
    now: Date;
  },
): Promise<{ id: string }> {
  const [row] = await scope
    .insert(importRuns, {
      provider: run.provider,
      kind: run.kind,
      organisationId: run.organisationId,
      status: run.kind === "clients" ? "fetching" : "importing",
      startedBy: run.userId,
      jobId: randomUUID(),
      createdAt: run.now,
      updatedAt: run.now,
    })
    .returning();
  await sendImportJob(jobs, row!);
  return { id: row!.id };
}
