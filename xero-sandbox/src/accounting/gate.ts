import type { MiddlewareHandler } from "hono";
import type { SandboxEnv } from "../http.js";
import { scopesAllow } from "../identity/scopes.js";
import { lookupBearer } from "../identity/tokens.js";
import type { SandboxState } from "../state.js";
import { problem } from "./errors.js";
import { resolveRoute } from "./resource-route.js";
import { ACCOUNTING_PREFIX, ACCOUNTING_ROUTES } from "./routes.js";
import { tokenExpiryString } from "./xero-date.js";

/**
 * Everything Xero checks before an Accounting API call reaches its endpoint, in Xero's order:
 * the access token (401), the `xero-tenant-id` header and the connection to it (403), the
 * granted scopes (403 AuthenticationUnsuccessful; see the README on 401 reports), then the
 * rate limits (429). Admitted calls carry the X-*Limit-Remaining headers.
 */
export function accountingGate(state: SandboxState): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const bearer = lookupBearer(state, c.req.header("authorization"));
    if (bearer.kind === "expired") {
      return problem(401, `TokenExpired: token expired at ${tokenExpiryString(bearer.expiresAt)}`, {
        "WWW-Authenticate": 'Bearer error="invalid_token", error_description="The token expired"',
      });
    }
    if (bearer.kind === "invalid") {
      return problem(401, "AuthenticationUnsuccessful", {
        "WWW-Authenticate": 'Bearer error="invalid_token"',
      });
    }
    const { grant } = bearer;
    c.set("clientId", grant.clientId);
    const app = state.apps.get(grant.clientId);
    const tenantId = c.req.header("xero-tenant-id")?.trim().toLowerCase() ?? "";
    const books = state.tenants.get(tenantId);
    const connected = [...state.connections.values()].some(
      (x) => x.tenantId === tenantId && x.userEmail === grant.userEmail && x.clientId === grant.clientId,
    );
    if (!app || !books || !connected || grant.revoked) return problem(403, "AuthenticationUnsuccessful");

    const tail = new URL(c.req.url).pathname.slice(ACCOUNTING_PREFIX.length);
    const resolved = resolveRoute(ACCOUNTING_ROUTES, c.req.method, tail);
    if (resolved.route && !scopesAllow(grant.scopes, resolved.route.area, resolved.write)) {
      return problem(403, "AuthenticationUnsuccessful");
    }

    const admission = state.limiter.admit(grant.clientId, tenantId);
    if (!admission.ok) {
      return problem(429, `Rate limit exceeded: ${admission.problem}`, {
        ...admission.headers,
        "Retry-After": String(admission.retryAfterSeconds),
        "X-Rate-Limit-Problem": admission.problem,
      });
    }
    c.set("api", { state, app, grant, tenantId, books });
    try {
      await next();
    } finally {
      admission.release();
    }
    for (const [name, value] of Object.entries(admission.headers)) c.res.headers.set(name, value);
  };
}
