import { createRouter } from "../../app-router.js";
import { requireAuth } from "../auth/authenticate.js";
import * as handlers from "./outbox.handlers.js";
import * as routes from "./outbox.routes.js";

export function outboxRouter() {
  const router = createRouter();
  router.use("/outbox", requireAuth);
  return router.openapi(routes.listOutbox, handlers.listOutbox);
}
