import { Hono } from "hono";
import { isRecord, issuerOf, readJson, type SandboxEnv } from "../http.js";
import { DEMO_APP } from "../identity/apps.js";
import { revokeUser } from "../identity/tokens.js";
import type { SandboxState } from "../state.js";
import { authorizeDirect, connectDirect } from "./connect.js";
import { controlError, stringField, stringList } from "./respond.js";

/** /__sandbox/apps, /authorize, /connect and /revoke. */
export function identityControl(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  app.get("/apps", (c) =>
    c.json({
      apps: [...state.apps.values()].map((a) => ({
        client_id: a.clientId,
        name: a.name,
        redirect_uris: a.redirectUris,
        loopback_redirects: a.allowLoopbackRedirects,
      })),
    }),
  );

  app.post("/apps", async (c) => {
    const body = await readJson(c);
    if (!isRecord(body)) return controlError("JSON body expected");
    const clientId = stringField(body, "client_id");
    const secret = stringField(body, "client_secret");
    const redirectUris = stringList(body.redirect_uris);
    if (!clientId || !secret || !redirectUris)
      return controlError("client_id, client_secret and redirect_uris are required");
    if (clientId === DEMO_APP.clientId) return controlError("the demo app cannot be replaced");
    for (const uri of redirectUris) {
      if (!URL.canParse(uri)) return controlError(`not a URL: ${uri}`);
    }
    state.apps.set(clientId, {
      clientId,
      clientSecret: secret,
      name: stringField(body, "name") ?? clientId,
      redirectUris,
      allowLoopbackRedirects: false,
    });
    return c.json({ client_id: clientId, redirect_uris: redirectUris }, 201);
  });

  app.post("/authorize", async (c) => {
    const body = await readJson(c);
    if (!isRecord(body)) return controlError("JSON body expected");
    const result = authorizeDirect(state, {
      client_id: stringField(body, "client_id"),
      redirect_uri: stringField(body, "redirect_uri"),
      scope: stringField(body, "scope"),
      state: stringField(body, "state"),
      nonce: stringField(body, "nonce"),
      code_challenge: stringField(body, "code_challenge"),
      code_challenge_method: stringField(body, "code_challenge_method"),
      email: stringField(body, "email"),
      tenantIds: stringList(body.tenantIds),
    });
    if (!result.ok) return c.json({ error: result.error, error_description: result.description }, 400);
    return c.json({ redirect: result.redirect });
  });

  app.post("/connect", async (c) => {
    const body = (await readJson(c)) ?? {};
    if (!isRecord(body)) return controlError("JSON body expected");
    const result = connectDirect(
      state,
      {
        email: stringField(body, "email"),
        client_id: stringField(body, "client_id"),
        redirect_uri: stringField(body, "redirect_uri"),
        scope: stringField(body, "scope"),
        tenantIds: stringList(body.tenantIds),
      },
      issuerOf(state, c),
    );
    if (!result.ok) return c.json({ error: result.error, error_description: result.description }, 400);
    return c.json({ ...result.tokens, authEventId: result.authEventId, tenantIds: result.tenantIds });
  });

  app.post("/revoke", async (c) => {
    const body = await readJson(c);
    const email = isRecord(body) ? stringField(body, "email")?.toLowerCase() : undefined;
    if (!email || !isRecord(body)) return controlError("email is required");
    if (!state.users.has(email)) return controlError(`no user ${email}`, 404);
    const revoked = revokeUser(state, email, stringField(body, "client_id"));
    return c.json({ revokedGrants: revoked });
  });

  return app;
}
