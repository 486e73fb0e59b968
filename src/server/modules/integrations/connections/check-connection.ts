import { and, eq, notInArray } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { accountingOrganisations } from "../../../db/schema/integrations.js";
import type { AccountingProvider, RemoteOrganisation } from "../accounting-provider.js";
import { IntegrationError } from "../integration-error.js";
import type { Integrations } from "../integrations.js";
import { findGrant } from "./get-connection.js";
import { markNeedsReauth } from "./grant-tokens.js";

/**
 * "Test connection": one light call with the grant's token (refreshing it if due). A dead grant,
 * or one that no longer reaches the billing organisation (access removed inside the provider),
 * becomes "needs re-authorization" and keeps what Kontor knew; otherwise the list of
 * organisations and their names are brought up to date.
 */
export async function checkConnection(
  scope: CompanyScope,
  provider: AccountingProvider,
  integrations: Integrations,
  now: Date,
): Promise<void> {
  const grant = await findGrant(scope, provider.id);
  if (grant?.status !== "active") return;
  let organisations: RemoteOrganisation[];
  try {
    organisations = await provider.listOrganisations(integrations.tokens.for(grant.id));
  } catch (error) {
    // The token layer has already marked the grant; the caller reads the new state.
    if (error instanceof IntegrationError && error.kind === "needs_reauth") return;
    throw error;
  }
  const ofGrant = eq(accountingOrganisations.grantId, grant.id);
  const billing = await scope.first(
    accountingOrganisations,
    ofGrant,
    eq(accountingOrganisations.isBilling, true),
  );
  const reachable = organisations.map((o) => o.externalId);
  if (organisations.length === 0 || (billing && !reachable.includes(billing.externalId))) {
    const lost = billing
      ? `Xero no longer lets Kontor reach ${billing.name}`
      : "Xero no longer lets Kontor reach any organisation";
    await markNeedsReauth(
      scope.db,
      grant.id,
      `${lost}: access was removed in Xero. Authorize Xero again.`,
      now,
    );
    return;
  }
  await scope.transaction(async (tx) => {
    await tx.delete(
      accountingOrganisations,
      and(ofGrant, notInArray(accountingOrganisations.externalId, reachable)),
    );
    for (const org of organisations) {
      const values = {
        grantId: grant.id,
        name: org.name,
        connectionId: org.connectionId,
        kind: org.kind,
        updatedAt: now,
      };
      await tx.db
        .insert(accountingOrganisations)
        .values({
          companyId: tx.companyId,
          provider: provider.id,
          externalId: org.externalId,
          ...values,
          createdAt: now,
        })
        .onConflictDoUpdate({
          target: [
            accountingOrganisations.companyId,
            accountingOrganisations.provider,
            accountingOrganisations.externalId,
          ],
          set: values,
        });
    }
  });
}
