import { and, eq } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { accountingGrants, accountingOrganisations } from "../../../db/schema/integrations.js";
import { AppError } from "../../../lib/errors.js";
import type { ProviderId } from "../accounting-provider.js";

/** The grant and billing organisation an import reads from; a clear 409 when there is none. */
export async function requireBillingOrganisation(scope: CompanyScope, provider: ProviderId) {
  const [row] = await scope.db
    .select({ grant: accountingGrants, organisation: accountingOrganisations })
    .from(accountingOrganisations)
    .innerJoin(accountingGrants, eq(accountingGrants.id, accountingOrganisations.grantId))
    .where(
      scope.where(
        accountingOrganisations,
        and(eq(accountingOrganisations.provider, provider), eq(accountingOrganisations.isBilling, true)),
      ),
    )
    .limit(1);
  if (!row) {
    throw new AppError(
      "conflict",
      "Connect to Xero and choose the billing organisation first (Connect to Xero tab).",
    );
  }
  if (row.grant.status !== "active") {
    throw new AppError(
      "integration_needs_reauth",
      row.grant.statusReason ?? "Kontor's access to Xero needs renewing. Authorize Xero again.",
    );
  }
  return row;
}
