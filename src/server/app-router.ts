import type { AppEnv } from "./app-env.js";
import { createApiRouter } from "./lib/http/router.js";

/**
 * A module's router: invalid input answers 400 with field errors before a handler runs, and a
 * route with a JSON body (unless marked `required: false`) is refused without one.
 */
export function createRouter() {
  return createApiRouter<AppEnv>();
}
