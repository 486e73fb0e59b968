import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { AppError } from "../errors.js";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests sent from another site. A request that carries the session
 * cookie must name PUBLIC_URL's origin as its Origin; any request naming another Origin is
 * refused. The Host header is never trusted for this: whoever sends the request chooses it.
 * Requests without the cookie and without an Origin (scripts with a Bearer token, curl logging
 * in) carry no ambient credentials and pass.
 */
export function csrfGuard(publicUrl: string, sessionCookie: string): MiddlewareHandler {
  const publicOrigin = new URL(publicUrl).origin;
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const origin = c.req.header("origin");
    const usesCookie = getCookie(c, sessionCookie) !== undefined;
    if (origin === publicOrigin || (!origin && !usesCookie)) return next();
    throw new AppError(
      "cross_site_request",
      `This request did not come from Kontor's own page (${publicOrigin}), so it was refused. Open Kontor at that address, reload and try again.`,
    );
  };
}
