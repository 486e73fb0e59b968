import * as oauth from "oauth4webapi";
import type { Clock } from "../../../lib/clock.js";
import type { Logger } from "../../../lib/logger.js";
import type { Timers } from "../../../lib/timers.js";
import type { AuthorizingUser, TokenSet } from "../accounting-provider.js";
import { IntegrationError } from "../integration-error.js";
import { DEFAULT_RETRY, withRetries } from "../retry.js";
import { cleanText } from "./schemas/text.js";
import type { XeroSettings } from "./xero-settings.js";

export type FetchLike = typeof fetch;

const TIMEOUT_MS = 15_000;

/**
 * Xero's identity service through oauth4webapi: discovery, PKCE authorisation, the code exchange
 * with ID token validation, refresh and revocation. Client authentication is HTTP Basic, as Xero asks.
 */
export class XeroOAuth {
  private server: Promise<oauth.AuthorizationServer> | undefined;
  private readonly auth: oauth.ClientAuth;
  private readonly options: { [oauth.customFetch]: FetchLike; [oauth.allowInsecureRequests]: boolean };

  constructor(
    private readonly settings: XeroSettings,
    private readonly clock: Clock,
    private readonly timers: Timers,
    private readonly logger: Logger,
    fetchImpl: FetchLike = fetch,
  ) {
    this.auth = oauth.ClientSecretBasic(settings.clientSecret);
    // Only the bundled sandbox runs on plain http (loopback).
    this.options = { [oauth.customFetch]: fetchImpl, [oauth.allowInsecureRequests]: settings.sandbox };
  }

  /** ID tokens are checked against Kontor's clock (which tests move), not the machine's. */
  private get client(): oauth.Client {
    const skew = Math.round((this.clock.now().getTime() - Date.now()) / 1000);
    return { client_id: this.settings.clientId, [oauth.clockSkew]: skew };
  }

  private discover(): Promise<oauth.AuthorizationServer> {
    this.server ??= this.call("discovery", async () => {
      const issuer = new URL(this.settings.issuerUrl);
      const response = await oauth.discoveryRequest(issuer, {
        ...this.options,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      return oauth.processDiscoveryResponse(issuer, response);
    }).catch((error: unknown) => {
      this.server = undefined;
      throw error;
    });
    return this.server;
  }

  async authorizationUrl(input: { state: string; codeChallenge: string }): Promise<string> {
    const as = await this.discover();
    if (!as.authorization_endpoint)
      throw new IntegrationError("bad_response", "Xero announced no authorisation page.");
    const url = new URL(as.authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: "code",
      client_id: this.settings.clientId,
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      state: input.state,
      code_challenge: input.codeChallenge,
      code_challenge_method: "S256",
    }).toString();
    return url.toString();
  }

  async exchangeCode(
    callback: URLSearchParams,
    codeVerifier: string,
  ): Promise<{ tokens: TokenSet; user: AuthorizingUser }> {
    const as = await this.discover();
    const params = oauth.validateAuthResponse(as, this.client, callback, oauth.skipStateCheck);
    // A code is single-use: no retry, or a lost answer would turn into invalid_grant.
    const response = await this.call(
      "code exchange",
      () =>
        oauth.authorizationCodeGrantRequest(
          as,
          this.client,
          this.auth,
          params,
          this.settings.redirectUri,
          codeVerifier,
          {
            ...this.options,
            signal: AbortSignal.timeout(TIMEOUT_MS),
          },
        ),
      1,
    );
    const result = await this.process("code exchange", () =>
      oauth.processAuthorizationCodeResponse(as, this.client, response, { requireIdToken: true }),
    );
    const claims = oauth.getValidatedIdTokenClaims(result);
    return {
      tokens: toTokenSet(result, this.clock.now().getTime()),
      user: {
        externalUserId: stringClaim(claims?.xero_userid) ?? stringClaim(claims?.sub),
        email: stringClaim(claims?.email),
        authEventId: stringClaim(claims?.authentication_event_id),
      },
    };
  }

  /**
   * Rotates the token set. A refresh whose answer was lost (network error) is sent again with the
   * same refresh token: within Xero's 30-minute grace it answers the same new token set.
   */
  async refresh(refreshToken: string): Promise<TokenSet> {
    const as = await this.discover();
    const response = await this.call("token refresh", () =>
      oauth.refreshTokenGrantRequest(as, this.client, this.auth, refreshToken, {
        ...this.options,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      }),
    );
    const result = await this.process("token refresh", () =>
      oauth.processRefreshTokenResponse(as, this.client, response),
    );
    return toTokenSet(result, this.clock.now().getTime());
  }

  async revoke(refreshToken: string): Promise<void> {
    const as = await this.discover();
    const response = await this.call("revocation", () =>
      oauth.revocationRequest(as, this.client, this.auth, refreshToken, {
        ...this.options,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      }),
    );
    await this.process("revocation", () => oauth.processRevocationResponse(response));
  }

  /** Network failures and 5xx answers are retried with backoff; everything else is mapped once. */
  private call<T extends Response | oauth.AuthorizationServer>(
    what: string,
    send: () => Promise<T>,
    attempts = DEFAULT_RETRY.attempts,
  ) {
    return withRetries(this.timers, { ...DEFAULT_RETRY, attempts }, async () => {
      let result: T;
      try {
        result = await send();
      } catch (error) {
        if (error instanceof IntegrationError) throw error;
        this.logger.warn({ what, err: errorSummary(error) }, "Xero identity service did not answer");
        throw new IntegrationError(
          "unavailable",
          "Xero's sign-in service is not answering right now. Try again in a minute.",
        );
      }
      if (result instanceof Response && result.status >= 500) {
        throw new IntegrationError(
          "unavailable",
          "Xero's sign-in service is having trouble right now. Try again in a minute.",
        );
      }
      return result;
    });
  }

  private async process<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof oauth.ResponseBodyError) {
        if (error.error === "invalid_grant") {
          throw new IntegrationError(
            "needs_reauth",
            "Xero no longer accepts Kontor's authorisation. Authorize Xero again.",
          );
        }
        if (error.error === "invalid_client" || error.error === "unauthorized_client") {
          this.logger.error({ what, error: error.error }, "Xero refused Kontor's client credentials");
          throw new IntegrationError(
            "forbidden",
            "Xero refused Kontor's app credentials. Check XERO_CLIENT_ID and XERO_CLIENT_SECRET.",
          );
        }
      }
      this.logger.warn({ what, err: errorSummary(error) }, "unexpected answer from Xero's identity service");
      throw new IntegrationError(
        "bad_response",
        `Xero's sign-in service answered the ${what} in a way Kontor did not expect.`,
      );
    }
  }
}

/** Xero's access tokens live 30 minutes; a lifetime outside these bounds is taken as the nearest. */
const SHORTEST_LIFE_S = 5 * 60;
const LONGEST_LIFE_S = 60 * 60;

function toTokenSet(result: oauth.TokenEndpointResponse, now: number): TokenSet {
  if (!result.refresh_token) {
    throw new IntegrationError(
      "bad_response",
      "Xero sent no refresh token. Kontor needs the offline_access scope.",
    );
  }
  // An absurd lifetime would make a date Kontor cannot store, or a refresh at every call; a
  // token that dies sooner than said is answered with 401 and refreshed then.
  const life = Number.isFinite(result.expires_in) ? (result.expires_in as number) : 1800;
  return {
    accessToken: result.access_token,
    refreshToken: result.refresh_token,
    accessExpiresAt: new Date(now + Math.min(Math.max(life, SHORTEST_LIFE_S), LONGEST_LIFE_S) * 1000),
    scopes: cleanText(result.scope ?? "").slice(0, 2000),
  };
}

function stringClaim(value: unknown): string | null {
  const text = typeof value === "string" ? cleanText(value).trim() : "";
  return text && text.length <= 254 ? text : null;
}

/** An error for the log, without anything that could hold a token. */
function errorSummary(error: unknown): { name: string; message: string } {
  if (error instanceof Error) {
    return { name: error.name, message: error.message.replace(/[A-Za-z0-9._-]{40,}/g, "[redacted]") };
  }
  return { name: "unknown", message: "non-error thrown" };
}
