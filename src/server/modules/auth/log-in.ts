import { eq, sql } from "drizzle-orm";
import type { LoginBody } from "../../../shared/api/auth.js";
import type { Db } from "../../db/client.js";
import { users } from "../../db/schema/users.js";
import { AppError } from "../../lib/errors.js";
import { assertLoginAllowed, clearLoginFailures, recordLoginFailure } from "./login-rate-limit.js";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./secrets.js";

/** Checks the password; the same answer for an unknown e-mail and a wrong password. */
export async function logIn(db: Db, input: LoginBody, ip: string, now: Date) {
  await assertLoginAllowed(db, input.email, ip, now);
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()))
    .limit(1);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user || !ok) {
    await recordLoginFailure(db, input.email, ip, now);
    throw new AppError("invalid_credentials", "The e-mail or password is not right.");
  }
  await clearLoginFailures(db, input.email);
  return user;
}
