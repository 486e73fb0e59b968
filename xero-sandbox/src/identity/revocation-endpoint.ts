import { Hono } from "hono";
import { formRecord, readForm, type SandboxEnv } from "../http.js";
import type { SandboxState } from "../state.js";
import { authenticateClient, readClientCredentials } from "./apps.js";
import { revokeByRefreshToken } from "./tokens.js";

/**
 * POST /connect/revocation with `token=<refresh token>`: revokes the grant and removes the
 * user's connections to the app. Unknown tokens answer 200 too (RFC 7009); access tokens
 * are self-contained JWTs and are not revoked, they expire.
 */
export function revocationRoutes(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  app.post("/connect/revocation", async (c) => {
    const form = formRecord(await readForm(c));
    const client = authenticateClient(state, readClientCredentials(c.req.header("authorization"), form));
    if (!client) return c.json({ error: "invalid_client" }, 400);
    c.set("clientId", client.clientId);
    if (!form.token) return c.json({ error: "invalid_request" }, 400);
    revokeByRefreshToken(state, client, form.token);
    return c.body(null, 200);
  });
  return app;
}
