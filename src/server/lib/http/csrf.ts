import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { SESSION_COOKIE } from "../../modules/auth/session-cookie.js";
import { AppError } from "../errors.js";
import type { AppEnv } from "./context.js";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests sent from another site. A request that carries the session
 * cookie must name Kontor as its Origin (PUBLIC_URL's origin, or the scheme and host it was sent
 * to); any request naming a foreign Origin is refused. Requests without the cookie and without an
 * Origin (scripts with a Bearer token, curl logging in) carry no ambient credentials and pass.
 */
export function csrfGuard(publicUrl: string): MiddlewareHandler<AppEnv> {
  const publicOrigin = new URL(publicUrl).origin;
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const origin = c.req.header("origin");
    const ownOrigin = `${new URL(c.req.url).protocol}//${c.req.header("host")}`;
    const fromKontor = origin === publicOrigin || origin === ownOrigin;
    const usesCookie = getCookie(c, SESSION_COOKIE) !== undefined;
    if (fromKontor || (!origin && !usesCookie)) return next();
    throw new AppError(
      "cross_site_request",
      "This request did not come from a Kontor page, so it was refused. Reload Kontor and try again.",
    );
  };
}
