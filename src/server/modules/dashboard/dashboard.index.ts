import { createRouter } from "../../app-router.js";
import { requireAuth } from "../auth/authenticate.js";
import * as handlers from "./dashboard.handlers.js";
import * as routes from "./dashboard.routes.js";

export function dashboardRouter() {
  const router = createRouter();
  router.use("/dashboard", requireAuth);
  return router.openapi(routes.getDashboard, handlers.getDashboard);
}
