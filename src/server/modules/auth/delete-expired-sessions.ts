import { and, isNotNull, lt, or } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { invites } from "../../db/schema/invites.js";
import { loginAttempts } from "../../db/schema/login-attempts.js";
import { sessions } from "../../db/schema/sessions.js";

const DAY = 86_400_000;

/** Housekeeping: expired sessions, invites closed over 30 days ago, login counters over a day old. */
export async function deleteExpiredSessions(db: Db, now: Date) {
  const monthAgo = new Date(now.getTime() - 30 * DAY);
  const sessionRows = await db
    .delete(sessions)
    .where(lt(sessions.expiresAt, now))
    .returning({ id: sessions.id });
  const inviteRows = await db
    .delete(invites)
    .where(
      or(
        lt(invites.expiresAt, monthAgo),
        and(isNotNull(invites.acceptedAt), lt(invites.acceptedAt, monthAgo)),
        and(isNotNull(invites.revokedAt), lt(invites.revokedAt, monthAgo)),
      ),
    )
    .returning({ id: invites.id });
  const attemptRows = await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.windowStart, new Date(now.getTime() - DAY)))
    .returning({ key: loginAttempts.key });
  return { sessions: sessionRows.length, invites: inviteRows.length, loginCounters: attemptRows.length };
}
