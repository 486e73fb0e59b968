import { createRouter } from "../../../app-router.js";
import { requireAuth } from "../../auth/authenticate.js";
import * as handlers from "./connections.handlers.js";
import * as routes from "./connections.routes.js";

export function connectionsRouter() {
  // The callback arrives as a browser redirect; it checks the session against the state itself.
  const router = createRouter().openapi(routes.callback, handlers.callback);
  router.use("/integrations/:provider", requireAuth);
  router.use("/integrations/:provider/*", requireAuth);
  return router
    .openapi(routes.getConnection, handlers.getConnection)
    .openapi(routes.authorize, handlers.authorize)
    .openapi(routes.chooseOrganisation, handlers.chooseOrganisation)
    .openapi(routes.disconnect, handlers.disconnect)
    .openapi(routes.check, handlers.check);
}
