import { createRouter } from "../../app-router.js";
import * as handlers from "./auth.handlers.js";
import * as routes from "./auth.routes.js";
import { requireAuth } from "./authenticate.js";

export function authRouter() {
  const router = createRouter()
    .openapi(routes.signup, handlers.signup)
    .openapi(routes.login, handlers.login)
    .openapi(routes.logout, handlers.logout);
  for (const path of ["/me", "/auth/tokens", "/auth/tokens/*"]) router.use(path, requireAuth);
  return router
    .openapi(routes.me, handlers.me)
    .openapi(routes.listTokens, handlers.listTokens)
    .openapi(routes.createToken, handlers.createToken)
    .openapi(routes.revokeToken, handlers.revokeToken);
}
