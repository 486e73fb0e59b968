import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { emailChanges } from "../../db/schema/email-changes.js";
import { users } from "../../db/schema/users.js";
import { AppError } from "../../lib/errors.js";
import { hashSecret, newSecret } from "../auth/secrets.js";

export const EMAIL_CHANGE_HOURS = 24;

export function emailTaken(): AppError {
  const message = "Another Kontor account uses this e-mail.";
  return new AppError("email_taken", message, [{ field: "email", message }]);
}

/** Asserts no other account logs in with `email`. */
export async function assertEmailFree(db: Db, email: string, userId: string): Promise<void> {
  const [other] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), ne(users.id, userId)))
    .limit(1);
  if (other) throw emailTaken();
}

/** Closes the account's waiting e-mail changes (their links stop working). */
export async function closeEmailChanges(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .update(emailChanges)
    .set({ closedAt: now })
    .where(and(eq(emailChanges.userId, userId), isNull(emailChanges.closedAt)));
}

/** A new address waiting for its confirmation link; it replaces any earlier one. Answers the link's token. */
export async function requestEmailChange(
  db: Db,
  { user, newEmail, now }: { user: { id: string; companyId: string }; newEmail: string; now: Date },
): Promise<string> {
  const token = newSecret();
  await closeEmailChanges(db, user.id, now);
  await db.insert(emailChanges).values({
    companyId: user.companyId,
    userId: user.id,
    newEmail,
    tokenHash: hashSecret(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + EMAIL_CHANGE_HOURS * 3_600_000),
  });
  return token;
}
