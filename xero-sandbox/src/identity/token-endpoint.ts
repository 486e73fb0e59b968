import { Hono } from "hono";
import { formRecord, issuerOf, readForm, type SandboxContext, type SandboxEnv } from "../http.js";
import type { SandboxState } from "../state.js";
import { authenticateClient, readClientCredentials } from "./apps.js";
import { redeemAuthorizationCode, refreshAccessToken, type TokenOutcome } from "./tokens.js";

/**
 * POST /connect/token: form-encoded, client authenticated by HTTP Basic (or client_secret_post),
 * grant types authorization_code and refresh_token. Errors are Xero's: 400 with
 * `{"error":"invalid_grant"}`, `invalid_client`, `unsupported_grant_type`, `invalid_request`.
 */
export function tokenRoutes(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  app.post("/connect/token", async (c) => {
    const form = formRecord(await readForm(c));
    if (form.grant_type) c.set("grantType", form.grant_type);
    const client = authenticateClient(state, readClientCredentials(c.req.header("authorization"), form));
    if (!client) return answer(c, { ok: false, error: "invalid_client" });
    c.set("clientId", client.clientId);
    const issuer = issuerOf(state, c);
    switch (form.grant_type) {
      case "authorization_code":
        return answer(
          c,
          redeemAuthorizationCode(
            state,
            client,
            { code: form.code, redirectUri: form.redirect_uri, codeVerifier: form.code_verifier },
            issuer,
          ),
        );
      case "refresh_token":
        return answer(c, refreshAccessToken(state, client, form.refresh_token, issuer));
      case undefined:
        return answer(c, { ok: false, error: "invalid_request", description: "grant_type is missing" });
      default:
        return answer(c, { ok: false, error: "unsupported_grant_type" });
    }
  });
  return app;
}

function answer(c: SandboxContext, outcome: TokenOutcome): Response {
  c.header("Cache-Control", "no-store");
  c.header("Pragma", "no-cache");
  if (outcome.ok) return c.json(outcome.response, 200);
  const body: Record<string, string> = { error: outcome.error };
  if (outcome.description) body.error_description = outcome.description;
  return c.json(body, 400);
}
