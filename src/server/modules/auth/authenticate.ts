import { eq } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { canManageCompany } from "../../../shared/roles.js";
import type { AppEnv, Auth, Deps } from "../../app-env.js";
import { CompanyScope } from "../../db/company-scope.js";
import { apiTokens } from "../../db/schema/sessions.js";
import { AppError } from "../../lib/errors.js";
import { logContext } from "../../lib/logger.js";
import { findSessionPrincipal, findTokenPrincipal } from "./find-principal.js";
import type { Principal } from "./principal-cache.js";
import { hashSecret } from "./secrets.js";
import { readSessionCookie } from "./session-cookie.js";
import { noteSessionSeen } from "./sessions.js";

const READ_ONLY = new Set(["GET", "HEAD", "OPTIONS"]);

async function sessionPrincipal(deps: Deps, token: string, now: Date): Promise<Principal | null> {
  const key = `s:${hashSecret(token)}`;
  const cached = deps.principals.get(key, now);
  if (cached) return cached;
  const found = await findSessionPrincipal(deps.database.db, key.slice(2), now);
  if (!found) return null;
  // "Last seen" is as fresh as the cache (and at most every few minutes): written on a lookup.
  await noteSessionSeen(deps.database.db, found.auth.sessionId!, now);
  deps.principals.set(key, found);
  return found;
}

async function tokenPrincipal(deps: Deps, token: string, now: Date): Promise<Principal | null> {
  const key = `t:${hashSecret(token)}`;
  const cached = deps.principals.get(key, now);
  if (cached) return cached;
  const found = await findTokenPrincipal(deps.database.db, key.slice(2));
  if (!found) return null;
  // "Last used" is as fresh as the cache: written when a token is looked up, not on every call.
  await deps.database.db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, found.tokenId));
  deps.principals.set(key, found);
  return found;
}

/**
 * Resolves who is calling: a session cookie, or, when no cookie is sent, `Authorization: Bearer`.
 * Sets `auth`, `principal` and a `scope` bound to the caller's company; anonymous calls pass
 * through. After a call that may change data, the company's cached principals are dropped.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const deps = c.get("deps");
  const now = deps.clock.now();
  let principal: Principal | null = null;
  const cookie = readSessionCookie(c);
  const authorization = c.req.header("authorization");
  if (cookie) {
    principal = await sessionPrincipal(deps, cookie, now);
  } else if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    principal = match?.[1] ? await tokenPrincipal(deps, match[1], now) : null;
    if (!principal)
      throw new AppError("unauthenticated", "The API token is not valid. It may have been revoked.");
  }
  if (!principal) return next();
  const { auth } = principal;
  c.set("auth", auth);
  c.set("principal", principal);
  c.set("scope", new CompanyScope(deps.database.db, auth.companyId));
  const fields = logContext.getStore();
  if (fields) Object.assign(fields, { userId: auth.userId, companyId: auth.companyId });
  try {
    await next();
  } finally {
    // Notifications would say so a moment later (on a server, from another connection); the
    // caller's next request must already see its own change.
    if (!READ_ONLY.has(c.req.method)) {
      deps.principals.forgetCompany(auth.companyId);
      deps.clientTotals.forgetCompany(auth.companyId);
    }
  }
};

export const requireAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get("auth")) throw new AppError("unauthenticated", "Please log in.");
  await next();
};

/** Owner and Admins run the company's settings; Members get 403. */
export function assertCanManage(auth: Auth): void {
  if (!canManageCompany(auth.role)) {
    throw new AppError("forbidden", "Only the Company Owner or a Company Admin can do this.");
  }
}
