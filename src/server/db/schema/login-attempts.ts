import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Failed logins counted per key ("email:…" or "ip:…") in a fixed window. */
export const loginAttempts = pgTable("login_attempts", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  failures: integer("failures").notNull(),
});
