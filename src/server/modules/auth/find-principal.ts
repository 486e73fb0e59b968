import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { companies } from "../../db/schema/companies.js";
import { apiTokens, sessions } from "../../db/schema/sessions.js";
import { users } from "../../db/schema/users.js";
import type { Principal } from "./principal-cache.js";

const principalColumns = {
  userId: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  companyId: companies.id,
  companyName: companies.name,
  plan: companies.plan,
};

type Row = { [K in keyof typeof principalColumns]: (typeof principalColumns)[K]["_"]["data"] };

function toPrincipal(
  row: Row,
  via: "session" | "token",
  validUntil: Date | null,
  sessionId?: string,
): Principal {
  return {
    auth: {
      userId: row.userId,
      companyId: row.companyId,
      role: row.role,
      via,
      ...(sessionId ? { sessionId } : {}),
    },
    me: {
      user: { id: row.userId, name: row.name, email: row.email },
      role: row.role,
      company: { id: row.companyId, name: row.companyName, plan: row.plan },
    },
    validUntil,
  };
}

/** The user, role and company behind a session, in one query; null when unknown or expired. */
export async function findSessionPrincipal(db: Db, tokenHash: string, now: Date): Promise<Principal | null> {
  const [row] = await db
    .select({ ...principalColumns, sessionId: sessions.id, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(companies, eq(companies.id, users.companyId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .limit(1);
  return row ? toPrincipal(row, "session", row.expiresAt, row.sessionId) : null;
}

/** The same for a personal API token that has not been revoked. */
export async function findTokenPrincipal(
  db: Db,
  tokenHash: string,
): Promise<(Principal & { tokenId: string }) | null> {
  const [row] = await db
    .select({ ...principalColumns, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(companies, eq(companies.id, users.companyId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return row ? { ...toPrincipal(row, "token", null), tokenId: row.tokenId } : null;
}
