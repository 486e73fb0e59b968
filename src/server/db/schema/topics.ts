import { sql } from "drizzle-orm";
import { boolean, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies.js";

/**
 * What a task is about (VAT return, Payroll, Bookkeeping…): the company's own list. Tasks and
 * time entries name a topic; `billable` is what time on it defaults to.
 */
export const topics = pgTable(
  "topics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    billable: boolean("billable").notNull().default(true),
    /** Archived topics stay on the tasks that have them, but are not offered for new ones. */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("topics_name_key").on(t.companyId, sql`lower(${t.name})`)],
);
