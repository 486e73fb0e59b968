import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { users } from "../../db/schema/users.js";
import { AppError, notFound } from "../../lib/errors.js";
import { releaseLoginAttempt, reserveLoginAttempt } from "../auth/login-rate-limit.js";
import { verifyPassword } from "../auth/secrets.js";

/**
 * Whoever holds a session must know the password to change the account's keys (password, e-mail).
 * A wrong one counts against the same limits as a failed log-in, so a stolen session cannot be
 * used to guess it; the field named in the error is the form's.
 */
export async function checkCurrentPassword(
  db: Db,
  {
    userId,
    password,
    address,
    now,
    field,
  }: { userId: string; password: string; address: string; now: Date; field: string },
) {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw notFound("Your account");
  await reserveLoginAttempt(db, user.email, address, now);
  if (!(await verifyPassword(password, user.passwordHash))) {
    throw new AppError("validation_failed", "Your current password is not right.", [
      { field, message: "This is not your current password." },
    ]);
  }
  await releaseLoginAttempt(db, user.email, address);
  return user;
}
