import { randomUUID } from "node:crypto";
import type { SandboxState } from "../state.js";
import { isRedirectAllowed } from "./apps.js";
import { type AuthorizeRequest, LIFETIMES, type UserRecord } from "./records.js";
import { isKnownScope, needsOrganisation, parseScope } from "./scopes.js";
import { randomToken } from "./tokens.js";

/**
 * The authorization request and what "Allow access" does, shared by the authorize page and
 * POST /__sandbox/authorize so both behave identically.
 */

export type AuthorizeValidation =
  | { ok: true; request: AuthorizeRequest }
  /** Xero shows an error page and does not redirect: the client or redirect URI can't be trusted. */
  | { ok: false; kind: "page"; error: string; description: string }
  /** Xero redirects back with `error=…`. */
  | { ok: false; kind: "redirect"; redirect: string; error: string };

export function validateAuthorizeRequest(
  state: SandboxState,
  params: Record<string, string | undefined>,
): AuthorizeValidation {
  const app = params.client_id ? state.apps.get(params.client_id) : undefined;
  if (!app) {
    return {
      ok: false,
      kind: "page",
      error: "unauthorized_client",
      description: "Unknown client or client not enabled",
    };
  }
  const redirectUri = params.redirect_uri;
  if (!redirectUri || !isRedirectAllowed(app, redirectUri)) {
    return { ok: false, kind: "page", error: "invalid_request", description: "Invalid redirect_uri" };
  }
  const back = (error: string, description?: string) => ({
    ok: false as const,
    kind: "redirect" as const,
    error,
    redirect: redirectWith(redirectUri, { error, error_description: description, state: params.state }),
  });
  if (params.response_type !== "code") return back("unsupported_response_type");
  const scopes = parseScope(params.scope);
  if (scopes.length === 0 || scopes.some((s) => !isKnownScope(s))) return back("invalid_scope");
  const method = params.code_challenge_method;
  if (params.code_challenge !== undefined) {
    if (method !== undefined && method !== "S256" && method !== "plain") {
      return back("invalid_request", "Transform algorithm not supported");
    }
    if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(params.code_challenge)) {
      return back("invalid_request", "Invalid code_challenge");
    }
  }
  return {
    ok: true,
    request: {
      clientId: app.clientId,
      redirectUri,
      scopes,
      state: params.state,
      nonce: params.nonce,
      codeChallenge: params.code_challenge,
      codeChallengeMethod:
        params.code_challenge === undefined ? undefined : method === "S256" ? "S256" : "plain",
    },
  };
}

export function redirectWith(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) url.searchParams.set(key, value);
  }
  return url.toString();
}

export function findUser(state: SandboxState, email: string | undefined): UserRecord | undefined {
  return email ? state.users.get(email.trim().toLowerCase()) : undefined;
}

export function checkPassword(
  state: SandboxState,
  email: string | undefined,
  password: string | undefined,
): UserRecord | undefined {
  const user = findUser(state, email);
  return user && user.password === password ? user : undefined;
}

/**
 * "Allow access": connects the chosen organisations (one connection per user × app ×
 * organisation, refreshed when authorised again), issues a 5-minute single-use code and
 * answers the redirect back to the app. All connections made here share one authEventId,
 * which the id_token carries as `authentication_event_id`.
 */
export function allowAccess(
  state: SandboxState,
  request: AuthorizeRequest,
  user: UserRecord,
  tenantIds: readonly string[],
): { redirect: string; authEventId: string } {
  const now = state.clock.now();
  const authEventId = randomUUID();
  const chosen = needsOrganisation(request.scopes) ? tenantIds : [];
  for (const tenantId of chosen) {
    const existing = [...state.connections.values()].find(
      (c) => c.userEmail === user.email && c.clientId === request.clientId && c.tenantId === tenantId,
    );
    if (existing) {
      existing.authEventId = authEventId;
      existing.updatedDateUtc = now;
    } else {
      const id = randomUUID();
      state.connections.set(id, {
        id,
        userEmail: user.email,
        clientId: request.clientId,
        tenantId,
        authEventId,
        createdDateUtc: now,
        updatedDateUtc: now,
      });
    }
  }
  const code = randomToken(24);
  state.identity.codes.set(code, {
    code,
    request,
    userEmail: user.email,
    authEventId,
    expiresAt: now + LIFETIMES.authorizationCodeMs,
    used: false,
  });
  sweepCodes(state, now);
  return {
    redirect: redirectWith(request.redirectUri, {
      code,
      scope: request.scopes.join(" "),
      state: request.state,
    }),
    authEventId,
  };
}

export function accessDenied(request: AuthorizeRequest): string {
  return redirectWith(request.redirectUri, { error: "access_denied", state: request.state });
}

function sweepCodes(state: SandboxState, now: number): void {
  for (const [code, record] of state.identity.codes) {
    if (record.expiresAt < now - LIFETIMES.authorizationCodeMs) state.identity.codes.delete(code);
  }
}
