import { and, asc, eq } from "drizzle-orm";
import type { Connection } from "../../../../shared/api/integrations.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { accountingGrants, accountingOrganisations } from "../../../db/schema/integrations.js";
import { isAppEnabled } from "../../apps/list-apps.js";
import type { AccountingProvider, ProviderId } from "../accounting-provider.js";

export async function findGrant(scope: CompanyScope, provider: ProviderId) {
  return scope.first(accountingGrants, eq(accountingGrants.provider, provider));
}

export async function listOrganisationRows(scope: CompanyScope, provider: ProviderId) {
  return scope.db
    .select()
    .from(accountingOrganisations)
    .where(scope.where(accountingOrganisations, eq(accountingOrganisations.provider, provider)))
    .orderBy(asc(accountingOrganisations.name));
}

/** The billing organisation of a connected, healthy grant, or null. */
export async function findBillingOrganisation(scope: CompanyScope, provider: ProviderId) {
  return scope.first(
    accountingOrganisations,
    and(eq(accountingOrganisations.provider, provider), eq(accountingOrganisations.isBilling, true)),
  );
}

/** The connection as Settings & Apps shows it. */
export async function getConnection(scope: CompanyScope, provider: AccountingProvider): Promise<Connection> {
  const [enabled, grant, organisations] = await Promise.all([
    isAppEnabled(scope, provider.id),
    findGrant(scope, provider.id),
    listOrganisationRows(scope, provider.id),
  ]);
  const billing = organisations.find((o) => o.isBilling);
  return {
    provider: provider.id,
    label: provider.label,
    sandbox: provider.sandbox,
    enabled,
    status: !grant ? "disconnected" : grant.status === "active" ? "connected" : "needs_reauth",
    statusReason: grant?.status === "needs_reauth" ? grant.statusReason : null,
    tenant: grant && billing ? { id: billing.externalId, name: billing.name } : null,
    organisations: grant
      ? organisations.map((o) => ({ id: o.externalId, name: o.name, kind: o.kind, billing: o.isBilling }))
      : [],
    authorizedBy: grant?.externalUserEmail ?? null,
    connectedAt: grant?.createdAt.toISOString() ?? null,
  };
}
