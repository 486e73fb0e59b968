import { eq, sql } from "drizzle-orm";
import type { LoginBody } from "../../../shared/api/auth.js";
import type { Db } from "../../db/client.js";
import { users } from "../../db/schema/users.js";
import { AppError } from "../../lib/errors.js";
import { releaseLoginAttempt, reserveLoginAttempt } from "./login-rate-limit.js";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./secrets.js";

/**
 * Checks the password; the same answer for an unknown e-mail and a wrong password. The attempt
 * is counted before the (costly) check, so the limits hold for concurrent attempts too.
 */
export async function logIn(db: Db, input: LoginBody, address: string, now: Date) {
  await reserveLoginAttempt(db, input.email, address, now);
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()))
    .limit(1);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user || !ok) throw new AppError("invalid_credentials", "The e-mail or password is not right.");
  await releaseLoginAttempt(db, input.email, address);
  return user;
}
