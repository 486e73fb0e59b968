import type { Auth } from "../../../app-env.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { AppError } from "../../../lib/errors.js";
import type { Jobs } from "../../../lib/jobs.js";
import { isAppEnabled } from "../../apps/list-apps.js";
import { assertCanManage } from "../../auth/authenticate.js";
import type { ProviderId } from "../accounting-provider.js";
import { requireBillingOrganisation } from "./billing-organisation.js";
import { startRun } from "./import-job.js";

/**
 * Starts a client import: the preview is fetched by a background job. Imports of one company run
 * one at a time, in order (see run-import-job.ts). Nothing is written before the user confirms:
 * the first import's classificators are counted by the preview and imported on Confirm.
 */
export async function startClientImport(
  scope: CompanyScope,
  auth: Auth,
  provider: ProviderId,
  jobs: Jobs,
  now: Date,
) {
  assertCanManage(auth);
  if (!(await isAppEnabled(scope, provider)))
    throw new AppError("app_not_enabled", "Enable Xero first, on the Overview tab.");
  const { organisation } = await requireBillingOrganisation(scope, provider);
  return startRun(scope, jobs, {
    provider,
    kind: "clients",
    organisationId: organisation.externalId,
    userId: auth.userId,
    now,
  });
}
