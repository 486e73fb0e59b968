import { inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { loginAttempts } from "../../db/schema/login-attempts.js";
import { AppError } from "../../lib/errors.js";

const WINDOW_MS = 15 * 60_000;
/** Failed logins allowed per window before further attempts are refused. */
export const LOGIN_LIMITS = { account: 10, address: 50 } as const;

function keys(email: string, ip: string) {
  return { account: `email:${email.toLowerCase()}`, address: `ip:${ip}` };
}

/** Refuses the attempt (429 with Retry-After) when the account or the address used up its window. */
export async function assertLoginAllowed(db: Db, email: string, ip: string, now: Date): Promise<void> {
  const k = keys(email, ip);
  const rows = await db
    .select()
    .from(loginAttempts)
    .where(inArray(loginAttempts.key, [k.account, k.address]));
  for (const row of rows) {
    const windowEnd = row.windowStart.getTime() + WINDOW_MS;
    const limit = row.key === k.account ? LOGIN_LIMITS.account : LOGIN_LIMITS.address;
    if (windowEnd > now.getTime() && row.failures >= limit) {
      const seconds = Math.ceil((windowEnd - now.getTime()) / 1000);
      throw new AppError(
        "rate_limited",
        `Too many failed log-in attempts. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
        undefined,
        { "Retry-After": String(seconds) },
      );
    }
  }
}

export async function recordLoginFailure(db: Db, email: string, ip: string, now: Date): Promise<void> {
  const k = keys(email, ip);
  const cutoff = new Date(now.getTime() - WINDOW_MS);
  for (const key of [k.account, k.address]) {
    await db
      .insert(loginAttempts)
      .values({ key, windowStart: now, failures: 1 })
      .onConflictDoUpdate({
        target: loginAttempts.key,
        set: {
          failures: sql`case when ${loginAttempts.windowStart} <= ${cutoff} then 1 else ${loginAttempts.failures} + 1 end`,
          windowStart: sql`case when ${loginAttempts.windowStart} <= ${cutoff} then ${now} else ${loginAttempts.windowStart} end`,
        },
      });
  }
}

export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.delete(loginAttempts).where(inArray(loginAttempts.key, [keys(email, "").account]));
}
