import { createRouter } from "../../../app-router.js";
import { requireAuth } from "../../auth/authenticate.js";
import * as handlers from "./imports.handlers.js";
import * as routes from "./imports.routes.js";

export function importsRouter() {
  const router = createRouter();
  router.use("/integrations/:provider/imports", requireAuth);
  router.use("/integrations/:provider/imports/*", requireAuth);
  return router
    .openapi(routes.startImport, handlers.startImport)
    .openapi(routes.latestImport, handlers.latestImport)
    .openapi(routes.getImport, handlers.getImport)
    .openapi(routes.confirmImport, handlers.confirmImport)
    .openapi(routes.resumeImport, handlers.resumeImport)
    .openapi(routes.discardImport, handlers.discardImport);
}
