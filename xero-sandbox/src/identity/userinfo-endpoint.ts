import { Hono } from "hono";
import type { SandboxContext, SandboxEnv } from "../http.js";
import type { SandboxState } from "../state.js";
import { lookupBearer } from "./tokens.js";

/** GET /connect/userinfo: the signed-in user's claims, as far as the granted scopes allow. */
export function userinfoRoutes(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  const handler = (c: SandboxContext) => {
    const bearer = lookupBearer(state, c.req.header("authorization"));
    if (bearer.kind !== "ok") {
      c.header("WWW-Authenticate", 'Bearer error="invalid_token"');
      return c.body(null, 401);
    }
    const { grant } = bearer;
    c.set("clientId", grant.clientId);
    const user = state.users.get(grant.userEmail);
    if (!user) return c.body(null, 401);
    const claims: Record<string, unknown> = { sub: user.subject, xero_userid: user.userId };
    if (grant.scopes.includes("email")) claims.email = user.email;
    if (grant.scopes.includes("profile")) {
      claims.preferred_username = user.email;
      claims.given_name = user.givenName;
      claims.family_name = user.familyName;
      claims.name = `${user.givenName} ${user.familyName}`;
    }
    return c.json(claims);
  };
  app.get("/connect/userinfo", handler);
  app.post("/connect/userinfo", handler);
  return app;
}
