import { and, eq, notInArray, sql } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { accountingGrants, accountingOrganisations } from "../../../db/schema/integrations.js";
import type { SecretBox } from "../../../lib/crypto.js";
import type { AuthorizingUser, ProviderId, RemoteOrganisation, TokenSet } from "../accounting-provider.js";
import type { CallbackResult } from "./complete-authorization.js";
import { sealTokens } from "./sealed-tokens.js";

/**
 * Stores a fresh grant (replacing the company's previous one) and the organisations it reaches,
 * in one transaction, and decides the billing organisation:
 * - none yet: the only organisation, or the only one picked now; otherwise the user chooses;
 * - one already, still reachable: it stays; if the user picked exactly one other organisation
 *   now, Kontor proposes switching to it, and switches only when the user confirms.
 */
export async function saveGrant(
  scope: CompanyScope,
  input: {
    grantId: string;
    provider: ProviderId;
    tokens: TokenSet;
    user: AuthorizingUser;
    organisations: RemoteOrganisation[];
    authorizedBy: string;
    box: SecretBox;
    now: Date;
  },
): Promise<CallbackResult> {
  const { grantId, provider, organisations, now } = input;
  const sealed = sealTokens(input.box, grantId, input.tokens);
  const grantValues = {
    status: "active" as const,
    statusReason: null,
    externalUserId: input.user.externalUserId,
    externalUserEmail: input.user.email,
    ...sealed,
    refreshedAt: now,
    refreshFailedAt: null,
    refreshError: null,
    authorizedBy: input.authorizedBy,
    updatedAt: now,
  };
  return scope.transaction(async (tx) => {
    await tx.db
      .insert(accountingGrants)
      .values({ id: grantId, companyId: tx.companyId, provider, ...grantValues, createdAt: now })
      .onConflictDoUpdate({
        target: [accountingGrants.companyId, accountingGrants.provider],
        // Another Xero login's grant replaces the old one: the connection starts anew.
        set: {
          ...grantValues,
          createdAt: sql`case when ${accountingGrants.externalUserId} is distinct from ${input.user.externalUserId} then ${now} else ${accountingGrants.createdAt} end`,
        },
      });

    const ofProvider = eq(accountingOrganisations.provider, provider);
    const before = await tx.select(accountingOrganisations, ofProvider);
    const billingBefore = before.find((o) => o.isBilling);
    const reachable = organisations.map((o) => o.externalId);
    // Organisations the grant no longer reaches are gone from Kontor's list.
    await tx.delete(
      accountingOrganisations,
      ofProvider,
      notInArray(accountingOrganisations.externalId, reachable),
    );
    for (const org of organisations) {
      const values = {
        grantId,
        connectionId: org.connectionId,
        name: org.name,
        kind: org.kind,
        connectedAt: org.connectedAt,
        updatedAt: now,
      };
      await tx.db
        .insert(accountingOrganisations)
        .values({ companyId: tx.companyId, provider, externalId: org.externalId, ...values, createdAt: now })
        .onConflictDoUpdate({
          target: [
            accountingOrganisations.companyId,
            accountingOrganisations.provider,
            accountingOrganisations.externalId,
          ],
          set: values,
        });
    }

    const picked = organisations.filter((o) => o.pickedNow);
    const stillBilling =
      billingBefore && reachable.includes(billingBefore.externalId) ? billingBefore : undefined;
    if (stillBilling) {
      const other =
        picked.length === 1 && picked[0]!.externalId !== stillBilling.externalId ? picked[0] : undefined;
      return other ? { outcome: "switch", organisation: other.externalId } : { outcome: "connected" };
    }
    const only = organisations.length === 1 ? organisations[0] : picked.length === 1 ? picked[0] : undefined;
    if (!only) return { outcome: "choose" };
    await tx.update(
      accountingOrganisations,
      { isBilling: true, updatedAt: now },
      and(ofProvider, eq(accountingOrganisations.externalId, only.externalId)),
    );
    return { outcome: "connected" };
  });
}
