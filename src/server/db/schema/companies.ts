import { sql } from "drizzle-orm";
import { boolean, check, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { PLANS } from "../../../shared/plans.js";

export const companies = pgTable(
  "companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    plan: text("plan", { enum: PLANS }).notNull().default("free"),
    /** IANA time zone: billing days, invoice dates and "overdue" are days in this zone. */
    timeZone: text("time_zone").notNull().default("Europe/Tallinn"),
    /** ISO 3166-1 alpha-2 country of the firm (public holidays, defaults). */
    country: text("country").notNull().default("EE"),
    /** A region of the country with holidays of its own (ENG in GB), or null for the whole country. */
    region: text("region"),
    /** ISO weekdays worked, 1 = Monday … 7 = Sunday, ascending: business-day rules count these. */
    workingDays: smallint("working_days").array().notNull().default(sql`'{1,2,3,4,5}'::smallint[]`),
    /** When true, a task with unticked checklist items cannot be marked done. */
    checklistBeforeDone: boolean("checklist_before_done").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // The operator command finds a company by name, so names must not collide (case-insensitively).
  (t) => [
    uniqueIndex("companies_name_key").on(sql`lower(${t.name})`),
    check("companies_plan_check", sql`${t.plan} in ('free', 'team', 'elite')`),
    check(
      "companies_working_days_check",
      sql`cardinality(${t.workingDays}) > 0 and ${t.workingDays} <@ '{1,2,3,4,5,6,7}'::smallint[]`,
    ),
  ],
);
