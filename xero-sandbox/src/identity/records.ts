/** What the identity service remembers: apps, users, sign-in steps, codes, grants and tokens. */

export interface AppRecord {
  clientId: string;
  clientSecret: string;
  name: string;
  /** Exact redirect URIs, compared as Xero does: the whole string. */
  redirectUris: string[];
  /** The demo app accepts any http://localhost or http://127.0.0.1 redirect. */
  allowLoopbackRedirects: boolean;
}

export interface UserRecord {
  /** `xero_userid` claim */
  userId: string;
  /** `sub` claim */
  subject: string;
  email: string;
  password: string;
  givenName: string;
  familyName: string;
  tenantIds: string[];
}

/** The parameters of a validated authorization request. */
export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state?: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: "S256" | "plain";
}

/** The server-side state of one sign-in on the authorize page; the page only carries its id. */
export interface LoginTransaction {
  id: string;
  request: AuthorizeRequest;
  userEmail?: string;
  expiresAt: number;
}

export interface AuthorizationCodeRecord {
  code: string;
  request: AuthorizeRequest;
  userEmail: string;
  authEventId: string;
  expiresAt: number;
  used: boolean;
}

/** One authorisation of an app by a user; its refresh tokens rotate within it. */
export interface GrantRecord {
  grantId: string;
  clientId: string;
  userEmail: string;
  scopes: string[];
  authEventId: string;
  sessionId: string;
  authTime: number;
  revoked: boolean;
}

export interface AccessTokenRecord {
  token: string;
  grantId: string;
  expiresAt: number;
}

export interface TokenResponse {
  id_token?: string;
  access_token: string;
  expires_in: number;
  token_type: "Bearer";
  refresh_token?: string;
  scope: string;
}

export interface RefreshTokenRecord {
  token: string;
  grantId: string;
  issuedAt: number;
  expiresAt: number;
  /** Set when the token was exchanged; reuse within the grace period answers `rotatedTo` again. */
  usedAt?: number;
  rotatedTo?: TokenResponse;
  /** When the access token in `rotatedTo` expires, to report the remaining lifetime on reuse. */
  rotatedAccessExpiresAt?: number;
}

export interface ConnectionRecord {
  id: string;
  userEmail: string;
  clientId: string;
  tenantId: string;
  authEventId: string;
  createdDateUtc: number;
  updatedDateUtc: number;
}

export interface IdentityStore {
  transactions: Map<string, LoginTransaction>;
  /** Sign-ins answered with Allow access, kept until they expire so Back restarts them. */
  finished: Map<string, LoginTransaction>;
  codes: Map<string, AuthorizationCodeRecord>;
  grants: Map<string, GrantRecord>;
  accessTokens: Map<string, AccessTokenRecord>;
  refreshTokens: Map<string, RefreshTokenRecord>;
}

export function emptyIdentityStore(): IdentityStore {
  return {
    transactions: new Map(),
    finished: new Map(),
    codes: new Map(),
    grants: new Map(),
    accessTokens: new Map(),
    refreshTokens: new Map(),
  };
}

export const LIFETIMES = {
  accessTokenSeconds: 30 * 60,
  idTokenSeconds: 5 * 60,
  authorizationCodeMs: 5 * 60 * 1000,
  loginTransactionMs: 15 * 60 * 1000,
  refreshTokenMs: 60 * 24 * 60 * 60 * 1000,
  refreshGraceMs: 30 * 60 * 1000,
} as const;
