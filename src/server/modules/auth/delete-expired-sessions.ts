import { and, isNotNull, lt, or } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { emailChanges } from "../../db/schema/email-changes.js";
import { invites } from "../../db/schema/invites.js";
import { loginAttempts } from "../../db/schema/login-attempts.js";
import { passwordResets } from "../../db/schema/password-resets.js";
import { sessions } from "../../db/schema/sessions.js";

const DAY = 86_400_000;

/**
 * Housekeeping: expired sessions; invites, password reset links and e-mail changes closed or
 * expired over 30 days ago; log-in and reset counters over a day old.
 */
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
  const resetRows = await db
    .delete(passwordResets)
    .where(lt(passwordResets.expiresAt, monthAgo))
    .returning({ id: passwordResets.id });
  const emailChangeRows = await db
    .delete(emailChanges)
    .where(or(lt(emailChanges.expiresAt, monthAgo), lt(emailChanges.closedAt, monthAgo)))
    .returning({ id: emailChanges.id });
  const attemptRows = await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.windowStart, new Date(now.getTime() - DAY)))
    .returning({ key: loginAttempts.key });
  return {
    sessions: sessionRows.length,
    invites: inviteRows.length,
    passwordResets: resetRows.length,
    emailChanges: emailChangeRows.length,
    loginCounters: attemptRows.length,
  };
}
