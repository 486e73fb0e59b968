import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Log-in attempts counted per key ("email+ip:…", "ip:…" or "email:…") in a fixed window. An
 * attempt is counted before its password is checked and given back when it succeeds, so
 * `failures` includes the attempts being checked right now.
 */
export const loginAttempts = pgTable("login_attempts", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  failures: integer("failures").notNull(),
  /** An account with many failures from anywhere waits this long before its next attempt. */
  blockedUntil: timestamp("blocked_until", { withTimezone: true }),
});
