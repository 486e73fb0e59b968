import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { SandboxState } from "../state.js";
import { accessTokenHash, signJwt } from "./keys.js";
import {
  type AccessTokenRecord,
  type AppRecord,
  type GrantRecord,
  LIFETIMES,
  type RefreshTokenRecord,
  type TokenResponse,
} from "./records.js";

/**
 * Token issuing, refresh-token rotation and revocation, with Xero's rules: access tokens live
 * 30 minutes; every refresh rotates the refresh token; the previous refresh token answers the
 * same new token set for 30 minutes (so a refresh whose answer was lost can be retried); an
 * unused refresh token expires after 60 days; after that, or after revocation,
 * `invalid_grant`.
 */

export type TokenOutcome =
  | { ok: true; response: TokenResponse }
  | { ok: false; error: string; description?: string };

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("hex");
}

function secondsSince(ms: number): number {
  return Math.floor(ms / 1000);
}

/** Mints an access token (and a refresh token with offline_access, and an id_token with openid). */
export function mintTokenSet(
  state: SandboxState,
  grant: GrantRecord,
  issuer: string,
  nonce?: string,
): { response: TokenResponse; accessExpiresAt: number } {
  const now = state.clock.now();
  const user = state.users.get(grant.userEmail);
  const iat = secondsSince(now);
  const accessExpiresAt = now + LIFETIMES.accessTokenSeconds * 1000;
  const accessToken = signJwt({
    nbf: iat,
    exp: secondsSince(accessExpiresAt),
    iss: issuer,
    aud: `${issuer}/resources`,
    client_id: grant.clientId,
    sub: user?.subject,
    auth_time: secondsSince(grant.authTime),
    xero_userid: user?.userId,
    global_session_id: grant.sessionId,
    sid: grant.sessionId,
    authentication_event_id: grant.authEventId,
    jti: randomUUID().replace(/-/g, "").toUpperCase(),
    scope: grant.scopes,
    amr: ["pwd"],
    iat,
  });
  const record: AccessTokenRecord = {
    token: accessToken,
    grantId: grant.grantId,
    expiresAt: accessExpiresAt,
  };
  state.identity.accessTokens.set(accessToken, record);

  const response: TokenResponse = {
    access_token: accessToken,
    expires_in: LIFETIMES.accessTokenSeconds,
    token_type: "Bearer",
    scope: grant.scopes.join(" "),
  };
  if (grant.scopes.includes("openid") && user) {
    const claims: Record<string, unknown> = {
      nbf: iat,
      exp: iat + LIFETIMES.idTokenSeconds,
      iss: issuer,
      aud: grant.clientId,
      iat,
      at_hash: accessTokenHash(accessToken),
      sid: grant.sessionId,
      sub: user.subject,
      auth_time: secondsSince(grant.authTime),
      xero_userid: user.userId,
      global_session_id: grant.sessionId,
      authentication_event_id: grant.authEventId,
    };
    if (grant.scopes.includes("email")) claims.email = user.email;
    if (grant.scopes.includes("profile")) {
      claims.preferred_username = user.email;
      claims.given_name = user.givenName;
      claims.family_name = user.familyName;
      claims.name = `${user.givenName} ${user.familyName}`;
    }
    if (nonce) claims.nonce = nonce;
    response.id_token = signJwt(claims);
  }
  if (grant.scopes.includes("offline_access")) {
    const refresh: RefreshTokenRecord = {
      token: randomToken(),
      grantId: grant.grantId,
      issuedAt: now,
      expiresAt: now + LIFETIMES.refreshTokenMs,
    };
    state.identity.refreshTokens.set(refresh.token, refresh);
    response.refresh_token = refresh.token;
  }
  sweepAccessTokens(state, now);
  return { response, accessExpiresAt };
}

/** The PKCE check of RFC 7636. */
export function pkceMatches(verifier: string, challenge: string, method: "S256" | "plain"): boolean {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) return false;
  const computed = method === "S256" ? createHash("sha256").update(verifier).digest("base64url") : verifier;
  return computed === challenge;
}

export function redeemAuthorizationCode(
  state: SandboxState,
  app: AppRecord,
  params: { code?: string; redirectUri?: string; codeVerifier?: string },
  issuer: string,
): TokenOutcome {
  if (!params.code) return { ok: false, error: "invalid_request", description: "code is missing" };
  const record = state.identity.codes.get(params.code);
  const now = state.clock.now();
  if (!record || record.used || record.expiresAt <= now || record.request.clientId !== app.clientId) {
    return { ok: false, error: "invalid_grant" };
  }
  // A code is single-use even when the exchange fails on the checks below.
  record.used = true;
  if (params.redirectUri !== record.request.redirectUri) return { ok: false, error: "invalid_grant" };
  if (record.request.codeChallenge) {
    const method = record.request.codeChallengeMethod ?? "plain";
    if (!params.codeVerifier || !pkceMatches(params.codeVerifier, record.request.codeChallenge, method)) {
      return { ok: false, error: "invalid_grant" };
    }
  }
  const grant: GrantRecord = {
    grantId: randomUUID(),
    clientId: app.clientId,
    userEmail: record.userEmail,
    scopes: record.request.scopes,
    authEventId: record.authEventId,
    sessionId: randomToken(16),
    authTime: now,
    revoked: false,
  };
  state.identity.grants.set(grant.grantId, grant);
  return { ok: true, response: mintTokenSet(state, grant, issuer, record.request.nonce).response };
}

export function refreshAccessToken(
  state: SandboxState,
  app: AppRecord,
  refreshToken: string | undefined,
  issuer: string,
): TokenOutcome {
  if (!refreshToken) return { ok: false, error: "invalid_request", description: "refresh_token is missing" };
  const record = state.identity.refreshTokens.get(refreshToken);
  const grant = record ? state.identity.grants.get(record.grantId) : undefined;
  const now = state.clock.now();
  if (!record || !grant || grant.revoked || grant.clientId !== app.clientId)
    return { ok: false, error: "invalid_grant" };
  if (record.usedAt !== undefined) {
    if (now - record.usedAt > LIFETIMES.refreshGraceMs || !record.rotatedTo)
      return { ok: false, error: "invalid_grant" };
    const remaining = Math.max(0, Math.floor(((record.rotatedAccessExpiresAt ?? now) - now) / 1000));
    return { ok: true, response: { ...record.rotatedTo, expires_in: remaining } };
  }
  if (record.expiresAt <= now) return { ok: false, error: "invalid_grant" };
  const { response, accessExpiresAt } = mintTokenSet(state, grant, issuer);
  record.usedAt = now;
  record.rotatedTo = response;
  record.rotatedAccessExpiresAt = accessExpiresAt;
  return { ok: true, response };
}

/**
 * Revocation with a refresh token: Xero's authorisation is per user and app, so every grant
 * the user gave the app is revoked (all its refresh tokens answer `invalid_grant`) and all of
 * the user's connections to the app are removed.
 */
export function revokeByRefreshToken(state: SandboxState, app: AppRecord, token: string): void {
  const record = state.identity.refreshTokens.get(token);
  const grant = record ? state.identity.grants.get(record.grantId) : undefined;
  if (!grant || grant.clientId !== app.clientId) return;
  revokeUser(state, grant.userEmail, grant.clientId);
}

export function revokeGrant(state: SandboxState, grant: GrantRecord): void {
  grant.revoked = true;
  for (const [id, connection] of state.connections) {
    if (connection.userEmail === grant.userEmail && connection.clientId === grant.clientId)
      state.connections.delete(id);
  }
}

/** As if the user removed the app (or every app) in Xero's "Connected apps". */
export function revokeUser(state: SandboxState, email: string, clientId?: string): number {
  let revoked = 0;
  for (const grant of state.identity.grants.values()) {
    if (grant.userEmail !== email || grant.revoked || (clientId && grant.clientId !== clientId)) continue;
    revokeGrant(state, grant);
    revoked++;
  }
  for (const [id, connection] of state.connections) {
    if (connection.userEmail === email && (!clientId || connection.clientId === clientId))
      state.connections.delete(id);
  }
  return revoked;
}

export type BearerLookup =
  | { kind: "ok"; record: AccessTokenRecord; grant: GrantRecord }
  | { kind: "expired"; expiresAt: number }
  | { kind: "invalid" };

export function lookupBearer(state: SandboxState, authorization: string | undefined): BearerLookup {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  const record = match?.[1] ? state.identity.accessTokens.get(match[1]) : undefined;
  const grant = record ? state.identity.grants.get(record.grantId) : undefined;
  if (!record || !grant) return { kind: "invalid" };
  if (record.expiresAt <= state.clock.now()) return { kind: "expired", expiresAt: record.expiresAt };
  return { kind: "ok", record, grant };
}

/** Expired access tokens are kept a day so they still answer TokenExpired, then forgotten. */
function sweepAccessTokens(state: SandboxState, now: number): void {
  if (state.identity.accessTokens.size < 1000) return;
  for (const [token, record] of state.identity.accessTokens) {
    if (record.expiresAt < now - 86_400_000) state.identity.accessTokens.delete(token);
  }
}
