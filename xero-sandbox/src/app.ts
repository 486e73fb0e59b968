import { Hono } from "hono";
import { accountingGate } from "./accounting/gate.js";
import { accountingHandler } from "./accounting/router.js";
import { ACCOUNTING_PREFIX } from "./accounting/routes.js";
import { connectionsRoutes } from "./connections/routes.js";
import { controlRoutes } from "./control/routes.js";
import { faultsMiddleware } from "./faults-middleware.js";
import type { SandboxEnv } from "./http.js";
import { identityRoutes } from "./identity/routes.js";
import { requestLogMiddleware } from "./request-log-middleware.js";
import type { SandboxState } from "./state.js";

/**
 * One HTTP app standing in for Xero's three hosts by path prefix: /identity
 * (identity.xero.com and login.xero.com), /api (api.xero.com: /connections and
 * /api.xro/2.0) and the sandbox's own control API under /__sandbox.
 */
export function buildApp(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  app.use("*", requestLogMiddleware(state));
  app.use(`${ACCOUNTING_PREFIX}/*`, accountingGate(state));
  app.use("*", faultsMiddleware(state));

  app.route("/identity", identityRoutes(state));
  app.route("/api/connections", connectionsRoutes(state));
  app.route("/api/Connections", connectionsRoutes(state));
  app.all(`${ACCOUNTING_PREFIX}/*`, accountingHandler(state));
  app.route("/__sandbox", controlRoutes(state));
  app.get("/", (c) => c.redirect("/__sandbox", 302));

  app.notFound(
    () =>
      new Response("The resource you're looking for cannot be found", {
        status: 404,
        headers: { "content-type": "text/plain" },
      }),
  );
  app.onError((error) => {
    console.error("[xero-sandbox]", error);
    return new Response(
      JSON.stringify({
        Title: "Internal Server Error",
        Status: 500,
        Detail: "An error occurred in the Xero sandbox",
      }),
      {
        status: 500,
        headers: { "content-type": "application/json; charset=utf-8" },
      },
    );
  });
  return app;
}
