import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { loginAttempts } from "../../db/schema/login-attempts.js";
import { AppError } from "../../lib/errors.js";
import { countAttempt } from "../auth/attempt-counter.js";

const HOUR = 3_600_000;

/**
 * Password reset mails an hour: 3 to one e-mail address (more only fill the mailbox; further
 * requests get the same answer and no mail), and requests from one network address, whichever
 * e-mails they name: 20 (then 429, which says nothing about any account).
 */
export const RESET_LIMITS = { email: 3, address: 20 } as const;

const within = (limit: number) => ({ windowMs: HOUR, allowed: sql`${loginAttempts.failures} < ${limit}` });

/**
 * Counts a request, atomically per key (in the log-in counters' table, under its own keys), and
 * answers whether a mail may go to `email`. Counted the same whether or not it has an account.
 */
export async function countResetRequest(db: Db, email: string, address: string, now: Date): Promise<boolean> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const addressKey = `reset-ip:${address}`;
    if (!(await countAttempt(tx, { key: addressKey, now, ...within(RESET_LIMITS.address) }))) {
      const [row] = await tx.select().from(loginAttempts).where(eq(loginAttempts.key, addressKey));
      const seconds = Math.max(
        1,
        Math.ceil(((row?.windowStart.getTime() ?? now.getTime()) + HOUR - now.getTime()) / 1000),
      );
      const minutes = Math.ceil(seconds / 60);
      throw new AppError(
        "rate_limited",
        `Too many password reset requests from your address. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
        undefined,
        { "Retry-After": String(seconds) },
      );
    }
    return countAttempt(tx, {
      key: `reset-email:${email.toLowerCase()}`,
      now,
      ...within(RESET_LIMITS.email),
    });
  });
}
