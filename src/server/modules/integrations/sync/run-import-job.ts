import { eq } from "drizzle-orm";
import type { Deps } from "../../../app-env.js";
import { CompanyScope } from "../../../db/company-scope.js";
import { analyzeTables } from "../../../db/maintenance.js";
import { importRuns } from "../../../db/schema/imports.js";
import { AppError } from "../../../lib/errors.js";
import type { ProviderId } from "../accounting-provider.js";
import { checkConnection } from "../connections/check-connection.js";
import { IntegrationError } from "../integration-error.js";
import { applyClientImport } from "./apply-client-import.js";
import { findEarlierActiveRun } from "./earlier-run.js";
import { importClassificators } from "./import-classificators.js";
import { type ImportJob, queueRunJob } from "./import-job.js";
import { failRun } from "./import-runs.js";
import { previewClients } from "./preview-clients.js";
import { claimRun, RunTakenOverError, releaseRun } from "./run-lease.js";

const IMPORTED_TABLES: Record<ImportJob["step"], string[]> = {
  preview: ["import_candidates"],
  apply: ["clients", "client_contacts", "sync_records", "import_candidates"],
  classificators: ["vat_rates", "resource_codes", "products", "currencies", "sync_records"],
};

const WAIT_FOR_TURN_SECONDS = 3;

/** How many times a job is tried for passing failures (Xero down, rate limits) before the run fails. */
export const IMPORT_ATTEMPTS = 4;

/**
 * Runs one step of an import. Passing failures are thrown, so the job is retried later with
 * backoff (and resumes where it stopped); anything a person must fix ends the run with the
 * reason, without retrying. Only the job the run names works on it, while this process holds its
 * lease: a job whose run another worker holds, or that was taken over, ends without a word.
 */
export async function runImportJob(
  deps: Deps,
  provider: ProviderId,
  job: ImportJob,
  attempt: number,
  jobId: string,
) {
  const scope = new CompanyScope(deps.database.db, job.companyId);
  const worker = deps.integrations.importWorker;
  const run = await claimRun(scope, job.runId, jobId, worker);
  if (!run) return;
  const chosen = deps.integrations.providers[provider];
  const log = deps.logger.child({
    job: `${provider}.import`,
    runId: run.id,
    step: job.step,
    companyId: job.companyId,
  });
  try {
    // One import per company at a time: a later one waits its turn, in a job of its own.
    if (await findEarlierActiveRun(scope, run, deps.clock.now())) {
      await queueRunJob(scope, deps.jobs, run.id, {
        where: [eq(importRuns.jobId, jobId)],
        startAfterSeconds: WAIT_FOR_TURN_SECONDS,
      });
      return;
    }
    if (job.step === "preview") await previewClients(scope, run, chosen, deps.integrations, deps.clock);
    if (job.step === "apply") await applyClientImport(scope, run, provider, deps.clock);
    if (job.step === "classificators")
      await importClassificators(scope, run, chosen, deps.integrations, deps.clock);
    await analyzeTables(deps.database, IMPORTED_TABLES[job.step]);
    log.info("import step done");
  } catch (error) {
    if (error instanceof RunTakenOverError) {
      log.warn("import step stopped: the import was taken over by another job, or stopped");
      return;
    }
    const transient = error instanceof IntegrationError && error.transient;
    if (transient && attempt < IMPORT_ATTEMPTS) {
      log.warn({ attempt, err: (error as Error).message }, "import step will be retried");
      throw error;
    }
    if (error instanceof IntegrationError && (error.kind === "forbidden" || error.kind === "needs_reauth")) {
      // Tells a dead grant apart from a lost organisation, and marks the connection accordingly.
      await checkConnection(scope, chosen, deps.integrations, deps.clock.now()).catch(() => {});
    }
    const known = error instanceof IntegrationError || error instanceof AppError;
    const reason = known
      ? (error as Error).message
      : "The import stopped on an unexpected error; see the server log.";
    // A job taken over meanwhile (say, a duplicate key beside its successor) leaves the run be.
    if (!(await failRun(scope, run, reason, deps.clock.now())))
      log.warn(
        { err: (error as Error).message },
        "import step stopped: the import was taken over by another job, or stopped",
      );
    else if (!known) log.error({ err: error }, "import step failed");
  } finally {
    await releaseRun(scope, run, worker);
  }
}
