import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ROLES } from "../../../shared/roles.js";
import { companies } from "./companies.js";

/** A person's account at one firm. E-mail is the login, unique across Kontor. */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    passwordHash: text("password_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    index("users_company_idx").on(t.companyId),
    // At most one Owner per company; the use cases keep it at least one.
    check("users_role_check", sql`${t.role} in ('owner', 'admin', 'member')`),
    uniqueIndex("users_one_owner_per_company").on(t.companyId).where(sql`${t.role} = 'owner'`),
  ],
);
