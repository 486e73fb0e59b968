import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { DueRule, Recurrence } from "../../../shared/calendar/schedule.js";
import { clients } from "./clients.js";
import { companies } from "./companies.js";
import { tasks } from "./tasks.js";

/** A task of a template as stored: `key` names its series for every client it is applied to. */
export interface TemplateTaskRow {
  key: string;
  title: string;
  description: string | null;
  topicId: string | null;
  /** "responsible" (the client's responsible person), a member's id, or null (unassigned). */
  assignee: string | null;
  estimateMinutes: number | null;
  checklist: string[];
  recurrence: Recurrence;
  due: DueRule;
}

/**
 * A named set of recurring tasks (monthly bookkeeping, VAT return…). Built-in ones (`builtIn`
 * names which) come with every company and can be hidden or cloned, not changed.
 */
export const workflowTemplates = pgTable(
  "workflow_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description"),
    builtIn: text("built_in"),
    hidden: boolean("hidden").notNull().default(false),
    tasks: jsonb("tasks").$type<TemplateTaskRow[]>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("workflow_templates_built_in_key")
      .on(t.companyId, t.builtIn)
      .where(sql`${t.builtIn} is not null`),
  ],
);

/**
 * A template applied to a client. It follows the template (`tasks` null) until the client gets its
 * own copy. `generatedThrough`: occurrences due up to this day exist as tasks.
 */
export const clientWorkflows = pgTable(
  "client_workflows",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    templateId: uuid("template_id").references(() => workflowTemplates.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    tasks: jsonb("tasks").$type<TemplateTaskRow[]>(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    generatedThrough: date("generated_through", { mode: "string" }),
    /** Goes up whenever the tasks this workflow follows change. */
    version: integer("version").notNull().default(0),
    /** The version the last generation read; behind `version`, the next one looks again from today. */
    generatedVersion: integer("generated_version"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("client_workflows_template_key")
      .on(t.clientId, t.templateId)
      .where(sql`${t.templateId} is not null`),
    index("client_workflows_company_idx").on(t.companyId, t.clientId),
    index("client_workflows_template_idx").on(t.templateId),
    index("client_workflows_due_idx").on(t.companyId, t.generatedThrough),
  ],
);

/**
 * Every occurrence ever created, by workflow, task key and period: the guard that makes each one a
 * task exactly once (a deleted or moved task is not made again). `taskId` is null once deleted.
 */
export const workflowOccurrences = pgTable(
  "workflow_occurrences",
  {
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    workflowId: uuid("workflow_id")
      .notNull()
      .references(() => clientWorkflows.id, { onDelete: "cascade" }),
    taskKey: uuid("task_key").notNull(),
    period: text("period").notNull(),
    taskId: uuid("task_id").references(() => tasks.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workflowId, t.taskKey, t.period] }),
    index("workflow_occurrences_task_idx").on(t.taskId),
  ],
);
