import { Hono } from "hono";
import type { SandboxEnv } from "../http.js";
import type { SandboxState } from "../state.js";
import { authorizeRoutes } from "./authorize-routes.js";
import { discoveryRoutes } from "./discovery.js";
import { revocationRoutes } from "./revocation-endpoint.js";
import { tokenRoutes } from "./token-endpoint.js";
import { userinfoRoutes } from "./userinfo-endpoint.js";

/** Everything under /identity: the stand-in for identity.xero.com and login.xero.com. */
export function identityRoutes(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  app.route("/", discoveryRoutes(state));
  app.route("/", authorizeRoutes(state));
  app.route("/", tokenRoutes(state));
  app.route("/", revocationRoutes(state));
  app.route("/", userinfoRoutes(state));
  return app;
}
