import { createRouter } from "../../app-router.js";
import { requireAuth } from "../auth/authenticate.js";
import * as handlers from "./apps.handlers.js";
import * as routes from "./apps.routes.js";

export function appsRouter() {
  const router = createRouter();
  router.use("/apps", requireAuth);
  router.use("/apps/*", requireAuth);
  return router
    .openapi(routes.listApps, handlers.listApps)
    .openapi(routes.enableApp, handlers.enableApp)
    .openapi(routes.disableApp, handlers.disableApp);
}
