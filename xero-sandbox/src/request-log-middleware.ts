import type { MiddlewareHandler } from "hono";
import { isControlPath } from "./faults-middleware.js";
import type { SandboxEnv } from "./http.js";
import { endpointOf } from "./request-log.js";
import type { SandboxState } from "./state.js";

/** Records every identity, connections and accounting call, whatever its outcome. */
export function requestLogMiddleware(state: SandboxState): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    if (isControlPath(url.pathname)) return next();
    const started = performance.now();
    let failed = false;
    try {
      await next();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      const dropped = c.get("dropped");
      const tenantId = c.req.header("xero-tenant-id")?.trim().toLowerCase();
      state.requestLog.add({
        time: new Date(state.clock.now()).toISOString(),
        method: c.req.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        status: dropped || failed ? 0 : c.res.status,
        endpoint: endpointOf(c.req.method, url.pathname),
        tenantId: tenantId || undefined,
        clientId: c.get("clientId"),
        idempotencyKey: c.req.header("idempotency-key"),
        idempotentReplay: c.get("idempotentReplay"),
        grantType: c.get("grantType"),
        dropped,
        durationMs: Math.round(performance.now() - started),
      });
    }
  };
}
