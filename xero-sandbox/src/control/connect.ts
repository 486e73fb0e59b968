import { allowAccess, findUser, validateAuthorizeRequest } from "../identity/consent.js";
import type { TokenResponse } from "../identity/records.js";
import { needsOrganisation } from "../identity/scopes.js";
import { redeemAuthorizationCode } from "../identity/tokens.js";
import type { SandboxState } from "../state.js";

/**
 * Non-interactive authorisation for automation: exactly what pressing "Allow access" on the
 * authorize page does (POST /__sandbox/authorize), optionally followed by the code exchange
 * (POST /__sandbox/connect) for tests that just need a token set.
 */
export interface AuthorizeInput {
  client_id?: string;
  redirect_uri?: string;
  scope?: string;
  state?: string;
  nonce?: string;
  code_challenge?: string;
  code_challenge_method?: string;
  email?: string;
  tenantIds?: string[];
}

export type AuthorizeResult =
  | { ok: true; redirect: string; authEventId?: string }
  | { ok: false; status: number; error: string; description?: string };

export function authorizeDirect(state: SandboxState, input: AuthorizeInput): AuthorizeResult {
  const validation = validateAuthorizeRequest(state, {
    response_type: "code",
    client_id: input.client_id,
    redirect_uri: input.redirect_uri,
    scope: input.scope,
    state: input.state,
    nonce: input.nonce,
    code_challenge: input.code_challenge,
    code_challenge_method: input.code_challenge_method,
  });
  if (!validation.ok) {
    if (validation.kind === "redirect") return { ok: true, redirect: validation.redirect };
    return { ok: false, status: 400, error: validation.error, description: validation.description };
  }
  const user = findUser(state, input.email);
  if (!user)
    return { ok: false, status: 400, error: "unknown_user", description: `No user ${input.email ?? ""}` };
  const tenantIds = input.tenantIds?.map((id) => id.toLowerCase()) ?? user.tenantIds;
  const foreign = tenantIds.filter((id) => !user.tenantIds.includes(id));
  if (foreign.length > 0) {
    return {
      ok: false,
      status: 400,
      error: "invalid_tenant",
      description: `${user.email} has no access to ${foreign.join(", ")}`,
    };
  }
  if (needsOrganisation(validation.request.scopes) && tenantIds.length === 0) {
    // As the consent page: "Allow access" needs at least one organisation ticked.
    return {
      ok: false,
      status: 400,
      error: "invalid_tenant",
      description: "Select at least one organisation to connect.",
    };
  }
  const allowed = allowAccess(state, validation.request, user, tenantIds);
  return { ok: true, redirect: allowed.redirect, authEventId: allowed.authEventId };
}

export const DEFAULT_SCOPE =
  "openid profile email offline_access accounting.contacts accounting.settings accounting.invoices accounting.payments accounting.banktransactions";

export interface ConnectInput {
  email?: string;
  client_id?: string;
  redirect_uri?: string;
  scope?: string;
  tenantIds?: string[];
}

export type ConnectResult =
  | { ok: true; tokens: TokenResponse; authEventId?: string; tenantIds: string[] }
  | { ok: false; status: number; error: string; description?: string };

/** Authorises and exchanges the code in one step (demo app and demo user by default). */
export function connectDirect(state: SandboxState, input: ConnectInput, issuer: string): ConnectResult {
  const clientId = input.client_id ?? "kontor-demo";
  const app = state.apps.get(clientId);
  if (!app) return { ok: false, status: 400, error: "unauthorized_client" };
  const redirectUri = input.redirect_uri ?? app.redirectUris[0] ?? "http://localhost/callback";
  const authorized = authorizeDirect(state, {
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: input.scope ?? DEFAULT_SCOPE,
    email: input.email ?? "demo@kontor.test",
    tenantIds: input.tenantIds,
  });
  if (!authorized.ok) return authorized;
  const code = new URL(authorized.redirect).searchParams.get("code") ?? undefined;
  if (!code) {
    const error = new URL(authorized.redirect).searchParams.get("error") ?? "invalid_request";
    return { ok: false, status: 400, error };
  }
  const outcome = redeemAuthorizationCode(state, app, { code, redirectUri }, issuer);
  if (!outcome.ok) return { ok: false, status: 400, error: outcome.error };
  const tenantIds = [...state.connections.values()]
    .filter((c) => c.authEventId === authorized.authEventId)
    .map((c) => c.tenantId);
  return { ok: true, tokens: outcome.response, authEventId: authorized.authEventId, tenantIds };
}
