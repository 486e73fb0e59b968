import * as oauth from "oauth4webapi";
import { APP_LABELS } from "../../../../shared/apps.js";
import type { Auth } from "../../../app-env.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { oauthStates } from "../../../db/schema/integrations.js";
import { AppError } from "../../../lib/errors.js";
import { isAppEnabled } from "../../apps/list-apps.js";
import { assertCanManage } from "../../auth/authenticate.js";
import { hashSecret, newSecret } from "../../auth/secrets.js";
import type { AccountingProvider } from "../accounting-provider.js";
import type { Integrations } from "../integrations.js";

export const STATE_TTL_MS = 10 * 60_000;

/**
 * Starts an authorisation: a single-use `state` bound to the user's session and a PKCE verifier,
 * both remembered (the verifier sealed) until the provider sends the browser back.
 */
export async function startAuthorization(
  scope: CompanyScope,
  auth: Auth,
  provider: AccountingProvider,
  integrations: Integrations,
  now: Date,
): Promise<{ url: string }> {
  assertCanManage(auth);
  if (!(await isAppEnabled(scope, provider.id))) {
    throw new AppError("app_not_enabled", `Enable ${APP_LABELS[provider.id]} first, on the Overview tab.`);
  }
  const state = newSecret();
  const stateHash = hashSecret(state);
  const verifier = oauth.generateRandomCodeVerifier();
  const url = await provider.authorizationUrl({
    state,
    codeChallenge: await oauth.calculatePKCECodeChallenge(verifier),
  });
  await scope.insert(oauthStates, {
    userId: auth.userId,
    sessionId: auth.sessionId ?? null,
    provider: provider.id,
    stateHash,
    codeVerifier: integrations.box.seal(verifier, `state:${stateHash}`),
    createdAt: now,
    expiresAt: new Date(now.getTime() + STATE_TTL_MS),
  });
  return { url };
}
