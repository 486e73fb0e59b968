import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { loginAttempts } from "../../db/schema/login-attempts.js";
import { AppError } from "../../lib/errors.js";
import { type CountRule, countAttempt } from "./attempt-counter.js";

const MINUTE = 60_000;

/**
 * Failed log-ins allowed before further attempts wait. One account from one address: 10 in 15
 * minutes, then that address waits out the window (this is what stops guessing). One address,
 * whichever accounts: 50 in 15 minutes. One account from anywhere: 20 in a day, then each further
 * failure makes the account wait before the next attempt, twice as long each time (1 s, 2 s, …,
 * at most 15 minutes): a burst from many addresses slows guessing down without locking the real
 * user out for long.
 */
export const LOGIN_LIMITS = { accountAtAddress: 10, address: 50, account: 20 } as const;
const WINDOW_MS = 15 * MINUTE;
const ACCOUNT_WINDOW_MS = 24 * 60 * MINUTE;
export const MAX_ACCOUNT_DELAY_SECONDS = 15 * 60;

function keys(email: string, address: string) {
  const account = email.toLowerCase();
  return {
    accountAtAddress: `email+ip:${account} ${address}`,
    address: `ip:${address}`,
    account: `email:${account}`,
  };
}

function waitMessage(seconds: number, what: string): AppError {
  const wait =
    seconds < 60
      ? `${seconds} second${seconds === 1 ? "" : "s"}`
      : `${Math.ceil(seconds / 60)} minute${Math.ceil(seconds / 60) === 1 ? "" : "s"}`;
  return new AppError(
    "rate_limited",
    `Too many failed log-in attempts ${what}. Try again in ${wait}.`,
    undefined,
    {
      "Retry-After": String(seconds),
    },
  );
}

function withinLimit(limit: number): CountRule {
  return { windowMs: WINDOW_MS, allowed: sql`${loginAttempts.failures} < ${limit}` };
}

/** Past the account's limit each failure sets a wait of 2^(n-1) seconds (n failures over), capped. */
function accountRule(now: Date): CountRule {
  const over = sql`${loginAttempts.failures} + 1 - ${LOGIN_LIMITS.account}`;
  // The exponent is capped first, so the power cannot overflow.
  const seconds = sql`least(power(2, least(${over} - 1, 30)), ${MAX_ACCOUNT_DELAY_SECONDS})`;
  return {
    windowMs: ACCOUNT_WINDOW_MS,
    allowed: sql`(${loginAttempts.blockedUntil} is null or ${loginAttempts.blockedUntil} <= ${now})`,
    blockedUntil: sql`case when ${over} <= 0 then null else ${now}::timestamptz + ${seconds} * interval '1 second' end`,
  };
}

async function secondsLeft(tx: Db, key: string, now: Date): Promise<number> {
  const [row] = await tx.select().from(loginAttempts).where(eq(loginAttempts.key, key));
  const until = row?.blockedUntil ?? new Date((row?.windowStart.getTime() ?? now.getTime()) + WINDOW_MS);
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

/**
 * Counts the attempt as a failure before its password is checked, atomically per key, so a
 * concurrent burst cannot pass the limits together; 429 with Retry-After when a limit is used up
 * (and then nothing is counted). A successful log-in gives it back with `releaseLoginAttempt`.
 */
export async function reserveLoginAttempt(db: Db, email: string, address: string, now: Date): Promise<void> {
  const k = keys(email, address);
  await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    // Always in this order, one key of each kind: concurrent reservations cannot deadlock.
    const checks: [string, CountRule, string][] = [
      [k.accountAtAddress, withinLimit(LOGIN_LIMITS.accountAtAddress), "for this e-mail from your address"],
      [k.address, withinLimit(LOGIN_LIMITS.address), "from your address"],
      [k.account, accountRule(now), "for this e-mail"],
    ];
    for (const [key, rule, what] of checks) {
      // Refused: the transaction rolls back, so nothing of this attempt stays counted.
      if (!(await countAttempt(tx, { key, now, ...rule })))
        throw waitMessage(await secondsLeft(tx, key, now), what);
    }
  });
}

/**
 * After a successful log-in: the account's failures from this address are forgotten, and the
 * attempt counted for the address and the account is given back (the account need not wait).
 */
export async function releaseLoginAttempt(db: Db, email: string, address: string): Promise<void> {
  const k = keys(email, address);
  await db.delete(loginAttempts).where(eq(loginAttempts.key, k.accountAtAddress));
  const giveBack = sql`greatest(${loginAttempts.failures} - 1, 0)`;
  await db.update(loginAttempts).set({ failures: giveBack }).where(eq(loginAttempts.key, k.address));
  await db
    .update(loginAttempts)
    .set({ failures: giveBack, blockedUntil: null })
    .where(eq(loginAttempts.key, k.account));
}
