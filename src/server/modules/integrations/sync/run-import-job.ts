import { CompanyScope } from "../../../db/company-scope.js";
import { analyzeTables } from "../../../db/maintenance.js";
import { AppError } from "../../../lib/errors.js";
import type { Deps } from "../../../lib/http/context.js";
import type { ProviderId } from "../accounting-provider.js";
import { checkConnection } from "../connections/check-connection.js";
import { IntegrationError } from "../integration-error.js";
import { applyClientImport } from "./apply-client-import.js";
import { findEarlierActiveRun } from "./earlier-run.js";
import { importClassificators } from "./import-classificators.js";
import { type ImportJob, queueImportStep } from "./import-job.js";
import { failRun, findRun } from "./import-runs.js";
import { previewClients } from "./preview-clients.js";

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
 * reason, without retrying.
 */
export async function runImportJob(deps: Deps, provider: ProviderId, job: ImportJob, attempt: number) {
  const scope = new CompanyScope(deps.database.db, job.companyId);
  const chosen = deps.integrations.providers[provider];
  const run = await findRun(
    scope,
    job.runId,
    job.step === "classificators" ? "classificators" : "clients",
  ).catch(() => null);
  if (!run || run.status === "done" || run.status === "failed") return;
  // One import per company at a time: a later one waits its turn.
  if (await findEarlierActiveRun(scope, run, deps.clock.now())) {
    await queueImportStep(deps.jobs, provider, job, WAIT_FOR_TURN_SECONDS);
    return;
  }
  const log = deps.logger.child({
    job: `${provider}.import`,
    runId: run.id,
    step: job.step,
    companyId: job.companyId,
  });
  try {
    if (job.step === "preview") await previewClients(scope, run, chosen, deps.integrations, deps.clock);
    if (job.step === "apply") await applyClientImport(scope, run, provider, deps.clock);
    if (job.step === "classificators")
      await importClassificators(scope, run, chosen, deps.integrations, deps.clock);
    await analyzeTables(deps.database, IMPORTED_TABLES[job.step]);
    log.info("import step done");
  } catch (error) {
    const transient = error instanceof IntegrationError && error.transient;
    if (transient && attempt < IMPORT_ATTEMPTS) {
      log.warn({ attempt, err: (error as Error).message }, "import step will be retried");
      throw error;
    }
    if (error instanceof IntegrationError && (error.code === "forbidden" || error.code === "needs_reauth")) {
      // Tells a dead grant apart from a lost organisation, and marks the connection accordingly.
      await checkConnection(scope, chosen, deps.integrations, deps.clock.now()).catch(() => {});
    }
    const known = error instanceof IntegrationError || error instanceof AppError;
    if (!known) log.error({ err: error }, "import step failed");
    const reason = known
      ? (error as Error).message
      : "The import stopped on an unexpected error; see the server log.";
    await failRun(scope, run.id, reason, deps.clock.now());
  }
}
