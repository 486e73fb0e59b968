import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { clients } from "./clients.js";
import { companies } from "./companies.js";
import { topics } from "./topics.js";
import { users } from "./users.js";

export interface ChecklistRow {
  text: string;
  done: boolean;
}

/** A piece of work for one client, due on a day (its deadline, a date in the company's zone). */
export const tasks = pgTable(
  "tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description"),
    topicId: uuid("topic_id").references(() => topics.id, { onDelete: "set null" }),
    status: text("status", { enum: ["not_started", "in_progress", "done"] })
      .notNull()
      .default("not_started"),
    startDate: date("start_date", { mode: "string" }),
    deadline: date("deadline", { mode: "string" }).notNull(),
    estimateMinutes: integer("estimate_minutes"),
    checklist: jsonb("checklist").$type<ChecklistRow[]>().notNull().default([]),
    doneAt: timestamp("done_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("tasks_company_deadline_idx").on(t.companyId, t.deadline, t.id),
    index("tasks_company_client_deadline_idx").on(t.companyId, t.clientId, t.deadline),
    check("tasks_status_check", sql`${t.status} in ('not_started', 'in_progress', 'done')`),
    check("tasks_dates_check", sql`${t.startDate} is null or ${t.startDate} <= ${t.deadline}`),
  ],
);

/** Who works on a task (any number of the company's members). */
export const taskAssignees = pgTable(
  "task_assignees",
  {
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.userId] }),
    index("task_assignees_user_idx").on(t.companyId, t.userId),
  ],
);
