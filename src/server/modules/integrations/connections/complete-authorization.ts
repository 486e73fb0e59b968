import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { CallbackError } from "../../../../shared/api/integrations.js";
import { canManageCompany } from "../../../../shared/roles.js";
import type { Auth } from "../../../app-env.js";
import type { Db } from "../../../db/client.js";
import { CompanyScope } from "../../../db/company-scope.js";
import { oauthStates } from "../../../db/schema/integrations.js";
import type { Logger } from "../../../lib/logger.js";
import { hashSecret } from "../../auth/secrets.js";
import type { AccountingProvider, RemoteOrganisation } from "../accounting-provider.js";
import { IntegrationError } from "../integration-error.js";
import type { Integrations } from "../integrations.js";
import { findGrant } from "./get-connection.js";
import { saveGrant } from "./save-grant.js";
import { openRefreshToken } from "./sealed-tokens.js";

export type CallbackResult =
  | { outcome: "connected" | "choose" }
  | { outcome: "switch"; organisation: string }
  | { outcome: "error"; error: CallbackError };

/** Takes the state from the callback: it must exist, be unused, unexpired and belong to this session. */
async function takeState(
  db: Db,
  params: URLSearchParams,
  auth: Auth | undefined,
  now: Date,
): Promise<{ error: CallbackError } | { row: typeof oauthStates.$inferSelect }> {
  const state = params.get("state");
  if (!state) return { error: "invalid_state" as const };
  const [row] = await db
    .select()
    .from(oauthStates)
    .where(eq(oauthStates.stateHash, hashSecret(state)))
    .limit(1);
  if (!row) return { error: "invalid_state" as const };
  if (row.usedAt) return { error: "state_used" as const };
  if (row.expiresAt <= now) return { error: "state_expired" as const };
  if (!auth || auth.userId !== row.userId || (row.sessionId && row.sessionId !== auth.sessionId)) {
    return { error: "state_mismatch" as const };
  }
  // Single use, even when two callbacks race.
  const taken = await db
    .update(oauthStates)
    .set({ usedAt: now })
    .where(and(eq(oauthStates.id, row.id), isNull(oauthStates.usedAt)))
    .returning({ id: oauthStates.id });
  if (taken.length === 0) return { error: "state_used" as const };
  return { row };
}

/**
 * The provider sent the browser back. Checks the state, exchanges the code, stores the sealed
 * token set and the organisations the grant reaches, and says what the user should see next.
 */
export async function completeAuthorization(input: {
  db: Db;
  params: URLSearchParams;
  auth: Auth | undefined;
  provider: AccountingProvider;
  integrations: Integrations;
  logger: Logger;
  now: Date;
}): Promise<CallbackResult> {
  const { db, params, auth, provider, integrations, logger, now } = input;
  const taken = await takeState(db, params, auth, now);
  if ("error" in taken) return { outcome: "error", error: taken.error };
  const { row } = taken;
  if (!auth || !canManageCompany(auth.role)) return { outcome: "error", error: "not_allowed" };
  const returned = params.get("error");
  if (returned)
    return { outcome: "error", error: returned === "access_denied" ? "access_denied" : "exchange_failed" };

  const verifier = integrations.box.open(row.codeVerifier, `state:${row.stateHash}`);
  let exchanged: Awaited<ReturnType<AccountingProvider["exchangeCode"]>>;
  let organisations: RemoteOrganisation[];
  try {
    exchanged = await provider.exchangeCode(params, verifier);
    const tokens = exchanged.tokens;
    organisations = await provider.listOrganisations(
      {
        get: async () => tokens.accessToken,
        refreshAfterRejection: async () => tokens.accessToken,
        rejectedAgain: async () => {},
      },
      exchanged.user.authEventId,
    );
  } catch (error) {
    logger.warn(
      { provider: provider.id, err: error instanceof IntegrationError ? error.message : String(error) },
      "authorization failed",
    );
    return { outcome: "error", error: "exchange_failed" };
  }
  if (organisations.length === 0) {
    await provider.revoke(exchanged.tokens.refreshToken).catch(() => {});
    return { outcome: "error", error: "no_organisations" };
  }

  const scope = new CompanyScope(db, row.companyId);
  const previous = await findGrant(scope, provider.id);
  const grantId = previous?.id ?? randomUUID();
  const result = await saveGrant(scope, {
    grantId,
    provider: provider.id,
    tokens: exchanged.tokens,
    user: exchanged.user,
    organisations,
    authorizedBy: auth.userId,
    box: integrations.box,
    now,
  });
  // Another Xero login's grant is replaced: revoke it, or its connection would linger in Xero.
  if (previous && previous.externalUserId !== exchanged.user.externalUserId && previous.status === "active") {
    await provider.revoke(openRefreshToken(integrations.box, previous)).catch((error: unknown) => {
      logger.warn({ provider: provider.id, err: String(error) }, "could not revoke the replaced grant");
    });
  }
  logger.info(
    { provider: provider.id, organisations: organisations.length, outcome: result.outcome },
    "authorization completed",
  );
  return result;
}
