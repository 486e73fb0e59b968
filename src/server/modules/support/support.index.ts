import { createRouter } from "../../app-router.js";
import * as handlers from "./support.handlers.js";
import * as routes from "./support.routes.js";

/** Public: the sign-in pages may show it too. */
export function supportRouter() {
  return createRouter().openapi(routes.getSupport, handlers.getSupport);
}
