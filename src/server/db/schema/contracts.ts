import { sql } from "drizzle-orm";
import {
  check,
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
import { products } from "./billing.js";
import { clients } from "./clients.js";
import { companies } from "./companies.js";
import { invoices } from "./invoices.js";
import { users } from "./users.js";

const MONTH = "'^[0-9]{4}-(0[1-9]|1[0-2])$'";

/** A contract template ("Bookkeeping S"): lines and a billing day copied to clients' contracts. */
export const contractTemplates = pgTable(
  "contract_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    billingDay: integer("billing_day").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("contract_templates_name_key").on(t.companyId, sql`lower(${t.name})`),
    check("contract_templates_billing_day_check", sql`${t.billingDay} between 1 and 31`),
  ],
);

/** A client's contract: the fixed fees billed automatically, on its billing day each month. */
export const contracts = pgTable(
  "contracts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    /** 29–31 mean the month's last day in shorter months. */
    billingDay: integer("billing_day").notNull(),
    /** The template it follows; editing the contract detaches it (null). */
    templateId: uuid("template_id").references(() => contractTemplates.id, { onDelete: "set null" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("contracts_client_key").on(t.clientId),
    index("contracts_company_client_idx").on(t.companyId, t.clientId),
    index("contracts_template_idx").on(t.templateId).where(sql`${t.templateId} is not null`),
    check("contracts_billing_day_check", sql`${t.billingDay} between 1 and 31`),
  ],
);

/** A recurring line of a contract or of a template (exactly one of the two). */
export const contractLines = pgTable(
  "contract_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    contractId: uuid("contract_id").references(() => contracts.id, { onDelete: "cascade" }),
    templateId: uuid("template_id").references(() => contractTemplates.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** On a contract following a template: the template line it copies (kept across template edits). */
    sourceLineId: uuid("source_line_id"),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
    description: text("description"),
    quantity: numeric("quantity", { precision: 18, scale: 4 }).notNull(),
    /** Null: the product's price when the period is billed. */
    unitPrice: numeric("unit_price", { precision: 18, scale: 4 }),
    frequency: text("frequency", { enum: ["monthly", "quarterly", "yearly"] }).notNull(),
    /** YYYY-MM: the first period billed; quarterly and yearly lines repeat from it. */
    startMonth: text("start_month").notNull(),
    endMonth: text("end_month"),
  },
  (t) => [
    index("contract_lines_contract_idx").on(t.contractId, t.position).where(sql`${t.contractId} is not null`),
    index("contract_lines_template_idx").on(t.templateId, t.position).where(sql`${t.templateId} is not null`),
    index("contract_lines_product_idx").on(t.productId),
    check("contract_lines_owner_check", sql`(${t.contractId} is null) <> (${t.templateId} is null)`),
    check("contract_lines_frequency_check", sql`${t.frequency} in ('monthly', 'quarterly', 'yearly')`),
    check("contract_lines_quantity_check", sql`${t.quantity} > 0`),
    check("contract_lines_start_check", sql`${t.startMonth} ~ ${sql.raw(MONTH)}`),
    check(
      "contract_lines_end_check",
      sql`${t.endMonth} is null or (${t.endMonth} ~ ${sql.raw(MONTH)} and ${t.endMonth} >= ${t.startMonth})`,
    ),
  ],
);

/** One billing of a period for a company: by the schedule (on billing days) or by hand. */
export const billingRuns = pgTable(
  "billing_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    trigger: text("trigger", { enum: ["schedule", "manual"] }).notNull(),
    status: text("status", { enum: ["queued", "running", "done", "failed"] })
      .notNull()
      .default("queued"),
    /** A scheduled run bills the clients whose billing day (in that period) is this day or before. */
    billingDayUpTo: integer("billing_day_up_to"),
    /** Clients are billed in id order; the last one done (moves in the same commit as its invoices). */
    cursor: uuid("cursor"),
    progressDone: integer("progress_done").notNull().default(0),
    progressTotal: integer("progress_total").notNull().default(0),
    created: integer("created").notNull().default(0),
    skipped: integer("skipped").notNull().default(0),
    /** Clients whose invoice could not be made, and why (e.g. a product without a price). */
    problems: jsonb("problems")
      .$type<{ clientId: string; clientName: string; message: string }[]>()
      .notNull()
      .default([]),
    error: text("error"),
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("billing_runs_company_created_idx").on(t.companyId, t.createdAt),
    index("billing_runs_working_idx").on(t.status).where(sql`${t.status} in ('queued', 'running')`),
    check("billing_runs_period_check", sql`${t.period} ~ ${sql.raw(MONTH)}`),
    check("billing_runs_status_check", sql`${t.status} in ('queued', 'running', 'done', 'failed')`),
    check("billing_runs_trigger_check", sql`${t.trigger} in ('schedule', 'manual')`),
  ],
);

/**
 * What automated billing has billed: one row per client, contract line and period, written in
 * the same commit as the invoice line. Its key makes a period billed once, whatever happens
 * (a second run, a restart, two processes); it stays when the invoice is deleted, so a deleted
 * invoice is not made again by the next scheduled run.
 */
export const billedContractLines = pgTable(
  "billed_contract_lines",
  {
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    /** No foreign key: the history stays when the line is removed from the contract. */
    contractLineId: uuid("contract_line_id").notNull(),
    period: text("period").notNull(),
    invoiceId: uuid("invoice_id").references(() => invoices.id, { onDelete: "set null" }),
    billingRunId: uuid("billing_run_id").references(() => billingRuns.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.clientId, t.contractLineId, t.period] }),
    index("billed_contract_lines_company_period_idx").on(t.companyId, t.period),
  ],
);
