import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
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
    // All tasks filtered by topic, and the open/overdue lists (most tasks end up done).
    index("tasks_company_topic_deadline_idx").on(t.companyId, t.topicId, t.deadline),
    index("tasks_company_open_deadline_idx")
      .on(t.companyId, t.deadline, t.id)
      .where(sql`${t.status} <> 'done'`),
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

/**
 * A task's history: who changed what and when, written in the same transaction as the change.
 * `details` depends on `kind` (see TaskEvent in src/shared/api/tasks.ts).
 */
export const taskEvents = pgTable(
  "task_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Orders entries written at the same instant (one change can write several). */
    seq: bigserial("seq", { mode: "number" }).notNull(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    at: timestamp("at", { withTimezone: true }).notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind").notNull(),
    /** Made by a bulk action on many tasks at once. */
    bulk: boolean("bulk").notNull().default(false),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("task_events_task_idx").on(t.taskId, t.seq)],
);

/** A person's saved All tasks filter: a name and the list's query string. */
export const taskFilters = pgTable(
  "task_filters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    query: text("query").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("task_filters_name_key").on(t.userId, sql`lower(${t.name})`)],
);

/** A number the company counts on tasks (e.g. "Sales invoices"); later billed. */
export const taskFields = pgTable(
  "task_fields",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("task_fields_name_key").on(t.companyId, sql`lower(${t.name})`)],
);

/** A task's value of a number field (a row only when it has one). */
export const taskFieldValues = pgTable(
  "task_field_values",
  {
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    fieldId: uuid("field_id")
      .notNull()
      .references(() => taskFields.id, { onDelete: "cascade" }),
    value: numeric("value", { precision: 14, scale: 2 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.fieldId] }), index("task_field_values_field_idx").on(t.fieldId)],
);
