import { createRouter } from "../../../app-router.js";
import { requireAuth } from "../../auth/authenticate.js";
import * as handlers from "./topics.handlers.js";
import * as routes from "./topics.routes.js";

export function topicsRouter() {
  const router = createRouter();
  router.use("/topics", requireAuth);
  router.use("/topics/*", requireAuth);
  return router
    .openapi(routes.listTopics, handlers.listTopics)
    .openapi(routes.createTopic, handlers.createTopic)
    .openapi(routes.updateTopic, handlers.updateTopic)
    .openapi(routes.deleteTopic, handlers.deleteTopic);
}
