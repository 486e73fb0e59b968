import { OpenAPIHono, type RouteConfig } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { ZodError } from "zod";
import type { FieldError } from "../../../shared/api/common.js";
import { AppError } from "../errors.js";
import type { BaseEnv } from "./base-env.js";

export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join(".") || "(body)",
    message: issue.message,
  }));
}

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

/**
 * Without a Content-Type the validator would check `{}` instead of the body, and a PATCH of
 * optional fields would pass with nothing in it. (A body of another type is refused with 415.)
 */
const requireJsonBody: MiddlewareHandler = async (c, next) => {
  if (!c.req.header("content-type")) {
    throw new AppError(
      "bad_request",
      "This request needs a JSON body, sent with Content-Type: application/json.",
    );
  }
  await next();
};

function takesJsonBody(route: RouteConfig): boolean {
  const body = route.request?.body;
  return !!body && body.required !== false && Object.keys(body.content).some((type) => JSON_TYPE.test(type));
}

/**
 * An OpenAPI router: invalid input answers 400 with field errors before a handler runs, and a
 * route with a JSON body (unless marked `required: false`) is refused without one.
 */
export function createApiRouter<E extends BaseEnv>() {
  const router = new OpenAPIHono<E>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return c.json(
          {
            error: {
              code: "validation_failed",
              message: "Some fields need attention.",
              details: fieldErrors(result.error as ZodError),
            },
          },
          400,
        );
      }
    },
  });
  const register = router.openapi;
  router.openapi = ((route: RouteConfig, handler: never, hook: never) => {
    const own = route.middleware ? [route.middleware].flat() : [];
    const guarded = takesJsonBody(route) ? { ...route, middleware: [requireJsonBody, ...own] } : route;
    return register(guarded as never, handler, hook);
  }) as typeof router.openapi;
  return router;
}
