import { createHash, createPublicKey, type JsonWebKey, verify } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Sandbox } from "../sandbox.js";
import { DEMO_FIRM_TENANT_ID } from "../seed/fixed-ids.js";
import { accountingClient, answerOf, basicAuth, startTestSandbox, tokenRequest } from "../testing/harness.js";

const REDIRECT = "http://127.0.0.1:5173/callback";
const VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-and-some-more-entropy";
const CHALLENGE = createHash("sha256").update(VERIFIER).digest("base64url");

function decodeJwt(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header = "", payload = ""] = token.split(".");
  return {
    header: JSON.parse(Buffer.from(header, "base64url").toString()) as Record<string, unknown>,
    payload: JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<string, unknown>,
  };
}

describe("the token endpoint", () => {
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ seed: "empty" });
  });
  afterEach(() => sandbox.close());

  function authorize(
    extra: Record<string, string> = {},
    scope = "openid profile email offline_access accounting.transactions",
  ): string {
    const result = sandbox.authorize({
      client_id: "kontor-demo",
      redirect_uri: REDIRECT,
      scope,
      state: "s",
      email: "demo@kontor.test",
      ...extra,
    });
    if (!result.ok) throw new Error(result.error);
    return new URL(result.redirect).searchParams.get("code") ?? "";
  }

  it("exchanges a code for Xero's token set, authenticating the client with HTTP Basic", async () => {
    const answer = await tokenRequest(sandbox, {
      grant_type: "authorization_code",
      code: authorize(),
      redirect_uri: REDIRECT,
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.body).toMatchObject({
      expires_in: 1800,
      token_type: "Bearer",
      scope: "openid profile email offline_access accounting.transactions",
    });
    for (const field of ["access_token", "refresh_token", "id_token"])
      expect(typeof answer.body[field]).toBe("string");
  });

  it("accepts client_secret_post and refuses a wrong secret with invalid_client", async () => {
    const post = await tokenRequest(
      sandbox,
      {
        grant_type: "authorization_code",
        code: authorize(),
        redirect_uri: REDIRECT,
        client_id: "kontor-demo",
        client_secret: "kontor-demo-secret",
      },
      null,
    );
    expect(post.status).toBe(200);
    const wrong = await tokenRequest(
      sandbox,
      { grant_type: "authorization_code", code: authorize(), redirect_uri: REDIRECT },
      basicAuth("kontor-demo", "nope"),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ error: "invalid_client" });
    const grantType = await tokenRequest(sandbox, { grant_type: "client_credentials" });
    expect(grantType.body).toEqual({ error: "unsupported_grant_type" });
  });

  it("verifies PKCE: the right verifier works, a wrong or missing one gets invalid_grant", async () => {
    const pkce = { code_challenge: CHALLENGE, code_challenge_method: "S256" };
    const right = await tokenRequest(sandbox, {
      grant_type: "authorization_code",
      code: authorize(pkce),
      redirect_uri: REDIRECT,
      code_verifier: VERIFIER,
    });
    expect(right.status).toBe(200);
    const wrong = await tokenRequest(sandbox, {
      grant_type: "authorization_code",
      code: authorize(pkce),
      redirect_uri: REDIRECT,
      code_verifier: `${VERIFIER}x`,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ error: "invalid_grant" });
    const missing = await tokenRequest(sandbox, {
      grant_type: "authorization_code",
      code: authorize(pkce),
      redirect_uri: REDIRECT,
    });
    expect(missing.body).toEqual({ error: "invalid_grant" });
  });

  it("takes each code once, within 5 minutes, for the redirect URI it was issued to", async () => {
    const code = authorize();
    expect(
      (await tokenRequest(sandbox, { grant_type: "authorization_code", code, redirect_uri: REDIRECT }))
        .status,
    ).toBe(200);
    expect(
      (await tokenRequest(sandbox, { grant_type: "authorization_code", code, redirect_uri: REDIRECT })).body,
    ).toEqual({ error: "invalid_grant" });
    const late = authorize();
    sandbox.advanceClock(301);
    expect(
      (await tokenRequest(sandbox, { grant_type: "authorization_code", code: late, redirect_uri: REDIRECT }))
        .body,
    ).toEqual({ error: "invalid_grant" });
    const elsewhere = await tokenRequest(sandbox, {
      grant_type: "authorization_code",
      code: authorize(),
      redirect_uri: "http://127.0.0.1:5173/other",
    });
    expect(elsewhere.body).toEqual({ error: "invalid_grant" });
  });

  it("gives no refresh token without offline_access", async () => {
    const answer = await tokenRequest(sandbox, {
      grant_type: "authorization_code",
      code: authorize({}, "openid accounting.contacts"),
      redirect_uri: REDIRECT,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.refresh_token).toBeUndefined();
  });

  it("signs an id_token the JWKS verifies, carrying the nonce and the authentication event of the connections", async () => {
    const answer = await tokenRequest(sandbox, {
      grant_type: "authorization_code",
      code: authorize({ nonce: "n-42" }),
      redirect_uri: REDIRECT,
    });
    const idToken = String(answer.body.id_token);
    const discovery = (await (
      await fetch(`${sandbox.issuerUrl}/.well-known/openid-configuration`)
    ).json()) as Record<string, string>;
    const jwks = (await (await fetch(String(discovery.jwks_uri))).json()) as {
      keys: Array<JsonWebKey & { kid: string }>;
    };
    const { header, payload } = decodeJwt(idToken);
    const jwk = jwks.keys.find((k) => k.kid === header.kid);
    expect(header.alg).toBe("RS256");
    const [h, p, s] = idToken.split(".");
    const key = createPublicKey({ key: jwk ?? {}, format: "jwk" });
    expect(verify("sha256", Buffer.from(`${h}.${p}`), key, Buffer.from(s ?? "", "base64url"))).toBe(true);
    expect(payload).toMatchObject({
      iss: sandbox.issuerUrl,
      aud: "kontor-demo",
      nonce: "n-42",
      email: "demo@kontor.test",
    });
    const connections = (await (
      await fetch(`${sandbox.apiUrl}/connections?authEventId=${String(payload.authentication_event_id)}`, {
        headers: { authorization: `Bearer ${String(answer.body.access_token)}` },
      })
    ).json()) as unknown[];
    expect(connections).toHaveLength(4);
  });

  it("rotates refresh tokens and answers the same new set to the previous token for 30 minutes", async () => {
    const first = await tokenRequest(sandbox, {
      grant_type: "authorization_code",
      code: authorize(),
      redirect_uri: REDIRECT,
    });
    const original = String(first.body.refresh_token);
    const rotated = await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: original });
    expect(rotated.status).toBe(200);
    expect(rotated.body.refresh_token).not.toBe(original);
    expect(rotated.body.access_token).not.toBe(first.body.access_token);

    sandbox.advanceClock(29 * 60);
    const retried = await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: original });
    expect(retried.status).toBe(200);
    expect(retried.body.refresh_token).toBe(rotated.body.refresh_token);
    expect(retried.body.access_token).toBe(rotated.body.access_token);

    sandbox.advanceClock(2 * 60);
    const tooLate = await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: original });
    expect(tooLate.status).toBe(400);
    expect(tooLate.body).toEqual({ error: "invalid_grant" });
    const next = await tokenRequest(sandbox, {
      grant_type: "refresh_token",
      refresh_token: String(rotated.body.refresh_token),
    });
    expect(next.status).toBe(200);
  });

  it("expires an unused refresh token after 60 days", async () => {
    const first = await tokenRequest(sandbox, {
      grant_type: "authorization_code",
      code: authorize(),
      redirect_uri: REDIRECT,
    });
    sandbox.advanceClock(59 * 86_400);
    const stillGood = await tokenRequest(sandbox, {
      grant_type: "refresh_token",
      refresh_token: String(first.body.refresh_token),
    });
    expect(stillGood.status).toBe(200);
    sandbox.advanceClock(60 * 86_400 + 1);
    const expired = await tokenRequest(sandbox, {
      grant_type: "refresh_token",
      refresh_token: String(stillGood.body.refresh_token),
    });
    expect(expired.body).toEqual({ error: "invalid_grant" });
  });

  it("lets access tokens expire after 30 minutes with Xero's TokenExpired problem", async () => {
    const tokens = await sandbox.connect();
    const client = accountingClient(sandbox, tokens.access_token, DEMO_FIRM_TENANT_ID);
    expect((await client.get("/Organisation")).status).toBe(200);
    sandbox.advanceClock(1800);
    const expired = await client.get<Record<string, unknown>>("/Organisation");
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ Title: "Unauthorized", Status: 401, Type: null, Extensions: {} });
    expect(String(expired.body.Detail)).toMatch(
      /^TokenExpired: token expired at \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/,
    );
  });

  it("revocation invalidates the user's grants to the app and removes all their connections", async () => {
    const earlier = await sandbox.connect({ tenantIds: [DEMO_FIRM_TENANT_ID] });
    const tokens = await sandbox.connect();
    const revoke = await fetch(`${sandbox.issuerUrl}/connect/revocation`, {
      method: "POST",
      headers: {
        authorization: basicAuth("kontor-demo", "kontor-demo-secret"),
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({
        token: String(tokens.refresh_token),
        token_type_hint: "refresh_token",
      }).toString(),
    });
    expect(revoke.status).toBe(200);
    expect(
      (
        await tokenRequest(sandbox, {
          grant_type: "refresh_token",
          refresh_token: String(tokens.refresh_token),
        })
      ).body,
    ).toEqual({
      error: "invalid_grant",
    });
    const connections = await answerOf(
      await fetch(`${sandbox.apiUrl}/connections`, {
        headers: { authorization: `Bearer ${tokens.access_token}` },
      }),
    );
    expect(connections.body).toEqual([]);
    expect(
      (await accountingClient(sandbox, tokens.access_token, DEMO_FIRM_TENANT_ID).get("/Organisation")).status,
    ).toBe(403);
    // An earlier authorisation by the same user of the same app is gone too.
    expect(
      (
        await tokenRequest(sandbox, {
          grant_type: "refresh_token",
          refresh_token: String(earlier.refresh_token),
        })
      ).body,
    ).toEqual({ error: "invalid_grant" });
    // Revoking an unknown token answers 200, as RFC 7009 asks.
    const unknown = await fetch(`${sandbox.issuerUrl}/connect/revocation`, {
      method: "POST",
      headers: {
        authorization: basicAuth("kontor-demo", "kontor-demo-secret"),
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ token: "no-such-token" }).toString(),
    });
    expect(unknown.status).toBe(200);
  });

  it("POST /__sandbox/revoke acts as the user removing the app in Xero", async () => {
    const tokens = await sandbox.connect();
    const response = await fetch(`${sandbox.url}/__sandbox/revoke`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "demo@kontor.test" }),
    });
    expect(await response.json()).toEqual({ revokedGrants: 1 });
    expect(
      (
        await tokenRequest(sandbox, {
          grant_type: "refresh_token",
          refresh_token: String(tokens.refresh_token),
        })
      ).body,
    ).toEqual({
      error: "invalid_grant",
    });
  });

  it("answers userinfo and publishes a discovery document pointing at the sandbox", async () => {
    const tokens = await sandbox.connect();
    const userinfo = await answerOf<Record<string, unknown>>(
      await fetch(`${sandbox.issuerUrl}/connect/userinfo`, {
        headers: { authorization: `Bearer ${tokens.access_token}` },
      }),
    );
    expect(userinfo.body).toMatchObject({
      email: "demo@kontor.test",
      given_name: "Dana",
      family_name: "Demo",
    });
    expect(
      (await fetch(`${sandbox.issuerUrl}/connect/userinfo`, { headers: { authorization: "Bearer nope" } }))
        .status,
    ).toBe(401);
    const discovery = (await (
      await fetch(`${sandbox.issuerUrl}/.well-known/openid-configuration`)
    ).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer: sandbox.issuerUrl,
      authorization_endpoint: `${sandbox.issuerUrl}/connect/authorize`,
      token_endpoint: `${sandbox.issuerUrl}/connect/token`,
      revocation_endpoint: `${sandbox.issuerUrl}/connect/revocation`,
      userinfo_endpoint: `${sandbox.issuerUrl}/connect/userinfo`,
      jwks_uri: `${sandbox.issuerUrl}/.well-known/openid-configuration/jwks`,
    });
    expect(discovery.code_challenge_methods_supported).toContain("S256");
  });
});
