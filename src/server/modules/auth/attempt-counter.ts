import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { loginAttempts } from "../../db/schema/login-attempts.js";

export interface CountRule {
  windowMs: number;
  /** Whether the row's window still has room. */
  allowed: SQL;
  /** When the key's next attempt may come, after this one is counted. */
  blockedUntil?: SQL;
}

/**
 * Counts one attempt under `key` (log-ins, password reset requests) when `allowed` holds for its
 * row (a new key, or one whose window is over, starts a window). One upsert: concurrent attempts
 * on a key take turns on its row.
 */
export async function countAttempt(
  tx: Db,
  { key, now, windowMs, allowed, blockedUntil }: CountRule & { key: string; now: Date },
): Promise<boolean> {
  const expired = sql`${loginAttempts.windowStart} <= ${new Date(now.getTime() - windowMs)}`;
  const counted = await tx
    .insert(loginAttempts)
    .values({ key, windowStart: now, failures: 1 })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        failures: sql`case when ${expired} then 1 else ${loginAttempts.failures} + 1 end`,
        windowStart: sql`case when ${expired} then ${now} else ${loginAttempts.windowStart} end`,
        ...(blockedUntil && { blockedUntil: sql`case when ${expired} then null else ${blockedUntil} end` }),
      },
      setWhere: sql`${expired} or ${allowed}`,
    })
    .returning({ key: loginAttempts.key });
  return counted.length > 0;
}
