import type { Auth } from "../../../app-env.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import type { Jobs } from "../../../lib/jobs.js";
import { assertCanManage } from "../../auth/authenticate.js";
import type { ProviderId } from "../accounting-provider.js";
import { requireBillingOrganisation } from "./billing-organisation.js";
import { startRun } from "./import-job.js";

/** "Import classificators": VAT rates, resource codes, products and currencies, as a background job. */
export async function startClassificatorImport(
  scope: CompanyScope,
  auth: Auth,
  provider: ProviderId,
  jobs: Jobs,
  now: Date,
) {
  assertCanManage(auth);
  const { organisation } = await requireBillingOrganisation(scope, provider);
  return startRun(scope, jobs, {
    provider,
    kind: "classificators",
    organisationId: organisation.externalId,
    userId: auth.userId,
    now,
  });
}
