import type { CompanyScope } from "../../../db/company-scope.js";
import { importRuns } from "../../../db/schema/imports.js";
import type { Jobs } from "../../../lib/jobs.js";
import type { ProviderId } from "../accounting-provider.js";

/** One queue per provider ("xero.import"), so disconnecting cancels them all by prefix. */
export const IMPORT_QUEUE = (provider: ProviderId) => `${provider}.import`;

export interface ImportJob {
  companyId: string;
  runId: string;
  step: "preview" | "apply" | "classificators";
}

export function queueImportStep(
  jobs: Jobs,
  provider: ProviderId,
  job: ImportJob,
  startAfterSeconds?: number,
) {
  return jobs.send<ImportJob>(
    IMPORT_QUEUE(provider),
    job,
    startAfterSeconds ? { startAfterSeconds } : undefined,
  );
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
      createdAt: run.now,
      updatedAt: run.now,
    })
    .returning({ id: importRuns.id });
  const step = run.kind === "clients" ? "preview" : "classificators";
  await queueImportStep(jobs, run.provider, { companyId: scope.companyId, runId: row!.id, step });
  return { id: row!.id };
}
