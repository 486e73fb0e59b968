import { and, eq } from "drizzle-orm";
import type { Auth } from "../../../app-env.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { accountingOrganisations } from "../../../db/schema/integrations.js";
import { AppError, notFound } from "../../../lib/errors.js";
import { assertCanManage } from "../../auth/authenticate.js";
import type { ProviderId } from "../accounting-provider.js";
import { findGrant } from "./get-connection.js";

/** Makes one of the connected organisations the billing one; the others stay for work statistics. */
export async function chooseBillingOrganisation(
  scope: CompanyScope,
  auth: Auth,
  provider: ProviderId,
  externalId: string,
  now: Date,
): Promise<void> {
  assertCanManage(auth);
  const grant = await findGrant(scope, provider);
  if (!grant) throw new AppError("conflict", "Connect to Xero first.");
  const ofProvider = eq(accountingOrganisations.provider, provider);
  await scope.transaction(async (tx) => {
    const chosen = await tx.first(
      accountingOrganisations,
      ofProvider,
      eq(accountingOrganisations.externalId, externalId),
    );
    if (!chosen) throw notFound("That organisation (it is not among those Kontor is connected to)");
    await tx.update(
      accountingOrganisations,
      { isBilling: false, updatedAt: now },
      ofProvider,
      eq(accountingOrganisations.isBilling, true),
    );
    await tx.update(
      accountingOrganisations,
      { isBilling: true, updatedAt: now },
      and(ofProvider, eq(accountingOrganisations.id, chosen.id)),
    );
  });
}
