import { createRouter } from "../../app-router.js";
import { requireAuth } from "../auth/authenticate.js";
import * as handlers from "./profile.handlers.js";
import * as routes from "./profile.routes.js";

export function profileRouter() {
  const router = createRouter().openapi(routes.confirmEmail, handlers.confirmEmail);
  router.use("/me/*", requireAuth);
  return router
    .openapi(routes.getProfile, handlers.getProfile)
    .openapi(routes.updateProfile, handlers.updateProfile)
    .openapi(routes.changePassword, handlers.changePassword)
    .openapi(routes.listSessions, handlers.listSessions)
    .openapi(routes.endSession, handlers.endSession)
    .openapi(routes.endOtherSessions, handlers.endOtherSessions);
}
