import { boolean, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { APPS } from "../../../shared/apps.js";
import { companies } from "./companies.js";
import { users } from "./users.js";

export const companyApps = pgTable(
  "company_apps",
  {
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    app: text("app", { enum: APPS }).notNull(),
    enabled: boolean("enabled").notNull(),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    changedBy: uuid("changed_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.app] })],
);
