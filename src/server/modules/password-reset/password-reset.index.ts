import { createRouter } from "../../app-router.js";
import * as handlers from "./password-reset.handlers.js";
import * as routes from "./password-reset.routes.js";

/** Forgot password: no sign-in needed. */
export function passwordResetRouter() {
  return createRouter()
    .openapi(routes.requestReset, handlers.requestReset)
    .openapi(routes.confirmReset, handlers.confirmReset)
    .openapi(routes.getReset, handlers.getReset);
}
