import { desc, eq, gt, sql } from "drizzle-orm";
import type { Session } from "../../../shared/api/account.js";
import type { Auth } from "../../app-env.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { sessions } from "../../db/schema/sessions.js";
import { describeDevice } from "./describe-device.js";

/** The account's sessions still valid, the most recently used first. */
export async function listSessions(scope: CompanyScope, auth: Auth, now: Date): Promise<Session[]> {
  const rows = await scope.db
    .select()
    .from(sessions)
    .where(scope.where(sessions, eq(sessions.userId, auth.userId), gt(sessions.expiresAt, now)))
    .orderBy(desc(sql`coalesce(${sessions.lastSeenAt}, ${sessions.createdAt})`), desc(sessions.createdAt));
  return rows.map((row) => ({
    id: row.id,
    device: describeDevice(row.userAgent),
    address: row.address,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: (row.lastSeenAt ?? row.createdAt).toISOString(),
    current: row.id === auth.sessionId,
  }));
}
