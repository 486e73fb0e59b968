import { createRouter } from "../../../app-router.js";
import { requireAuth } from "../../auth/authenticate.js";
import * as handlers from "./task-filters.handlers.js";
import * as routes from "./task-filters.routes.js";

export function taskFiltersRouter() {
  const router = createRouter();
  router.use("/task-filters", requireAuth);
  router.use("/task-filters/*", requireAuth);
  return router
    .openapi(routes.listTaskFilters, handlers.listTaskFilters)
    .openapi(routes.createTaskFilter, handlers.createTaskFilter)
    .openapi(routes.deleteTaskFilter, handlers.deleteTaskFilter);
}
