import { createRouter } from "../../app-router.js";
import { requireAuth } from "../auth/authenticate.js";
import * as handlers from "./members.handlers.js";
import * as routes from "./members.routes.js";

export function membersRouter() {
  const router = createRouter()
    .openapi(routes.getInvitation, handlers.getInvitation)
    .openapi(routes.acceptInvitation, handlers.acceptInvitation);
  router.use("/members", requireAuth);
  router.use("/members/*", requireAuth);
  return router
    .openapi(routes.listMembers, handlers.listMembers)
    .openapi(routes.invite, handlers.invite)
    .openapi(routes.revokeInvite, handlers.revokeInvite)
    .openapi(routes.transferOwnership, handlers.transferOwnership)
    .openapi(routes.changeRole, handlers.changeRole)
    .openapi(routes.removeMember, handlers.removeMember);
}
