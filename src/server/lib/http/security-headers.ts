import type { MiddlewareHandler } from "hono";

const HEADERS: [string, string][] = [
  [
    "Content-Security-Policy",
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  ],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Referrer-Policy", "no-referrer"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-Frame-Options", "DENY"],
];

/**
 * Browser hardening on every answer. Set before the handler runs: headers added to a finished
 * response would make the Node adapter rebuild it, which costs more than the whole request.
 */
export function securityHeaders(https: boolean): MiddlewareHandler {
  const headers = https
    ? [...HEADERS, ["Strict-Transport-Security", "max-age=15552000; includeSubDomains"] as [string, string]]
    : HEADERS;
  return async (c, next) => {
    for (const [name, value] of headers) c.header(name, value);
    await next();
  };
}
