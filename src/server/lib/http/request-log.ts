import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { Logger } from "../logger.js";
import { logContext } from "../logger.js";
import type { BaseEnv } from "./base-env.js";

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Gives each request an id (echoed as X-Request-Id) that its log lines carry, and one line when it ends. */
export function requestLog(logger: Logger): MiddlewareHandler<BaseEnv> {
  return async (c, next) => {
    const incoming = c.req.header("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set("requestId", requestId);
    c.set("log", logger);
    c.header("X-Request-Id", requestId);
    const started = performance.now();
    await logContext.run({ requestId }, next);
    const status = c.res.status;
    // Only method, path and status: query strings may carry tokens (OAuth callbacks), and a path
    // may too (`/api/invites/<token>`), so a route with parameters is named by its pattern.
    const route = routePath(c);
    logger[status >= 500 ? "error" : "info"](
      {
        requestId,
        method: c.req.method,
        path: route.includes(":") ? route : c.req.path,
        status,
        ms: Math.round(performance.now() - started),
      },
      "request",
    );
  };
}
