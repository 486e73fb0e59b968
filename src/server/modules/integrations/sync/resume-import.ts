import { and, eq } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { importCandidates, importRuns } from "../../../db/schema/imports.js";
import { AppError } from "../../../lib/errors.js";
import type { Auth } from "../../../lib/http/context.js";
import type { Jobs } from "../../../lib/jobs.js";
import { assertCanManage } from "../../auth/authenticate.js";
import type { ProviderId } from "../accounting-provider.js";
import { type ImportJob, queueImportStep } from "./import-job.js";
import { findRun } from "./import-runs.js";

/**
 * Resumes a client import that failed or stopped (after re-authorising, say): a confirmed one
 * continues with the contacts still pending; one that never got to its preview fetches it again.
 */
export async function resumeClientImport(
  scope: CompanyScope,
  auth: Auth,
  provider: ProviderId,
  runId: string,
  jobs: Jobs,
  now: Date,
) {
  assertCanManage(auth);
  const run = await findRun(scope, runId, "clients");
  if (run.status === "done" || run.status === "ready") {
    throw new AppError(
      "conflict",
      run.status === "done" ? "This import has finished." : "This import is waiting for your confirmation.",
    );
  }
  const confirmed = await scope.first(
    importCandidates,
    and(eq(importCandidates.runId, runId), eq(importCandidates.selected, true)),
  );
  const step: ImportJob["step"] = confirmed ? "apply" : "preview";
  await scope.update(
    importRuns,
    { status: confirmed ? "importing" : "fetching", error: null, finishedAt: null, updatedAt: now },
    eq(importRuns.id, runId),
  );
  await queueImportStep(jobs, provider, { companyId: scope.companyId, runId, step });
}
