import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { products, resourceCodes, vatRates } from "./billing.js";
import { clients } from "./clients.js";
import { companies } from "./companies.js";
import { users } from "./users.js";

/** A company's billing setup; a company without a row has the defaults written here. */
export const billingSettings = pgTable(
  "billing_settings",
  {
    companyId: uuid("company_id")
      .primaryKey()
      .references(() => companies.id, { onDelete: "cascade" }),
    accountingService: text("accounting_service", { enum: ["none", "xero"] })
      .notNull()
      .default("none"),
    numberPrefix: text("number_prefix").notNull().default("INV-"),
    /** The sequence number the next issued invoice or credit note takes. */
    nextNumber: integer("next_number").notNull().default(1),
    paymentTermsDays: integer("payment_terms_days").notNull().default(14),
    paymentTermsFrom: text("payment_terms_from", { enum: ["invoice_date", "end_of_month"] })
      .notNull()
      .default("invoice_date"),
    defaultVatRateId: uuid("default_vat_rate_id").references(() => vatRates.id, { onDelete: "set null" }),
    amountsAre: text("amounts_are", { enum: ["exclusive", "inclusive"] })
      .notNull()
      .default("exclusive"),
    baseCurrency: text("base_currency").notNull().default("EUR"),
    unitPriceDp: integer("unit_price_dp").notNull().default(2),
    firmLegalName: text("firm_legal_name"),
    firmRegistryCode: text("firm_registry_code"),
    firmVatNumber: text("firm_vat_number"),
    firmAddress: text("firm_address"),
    firmBankAccount: text("firm_bank_account"),
    firmEmail: text("firm_email"),
    firmPhone: text("firm_phone"),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("billing_settings_next_number_check", sql`${t.nextNumber} >= 1`),
    check("billing_settings_unit_price_dp_check", sql`${t.unitPriceDp} in (2, 4)`),
    check("billing_settings_service_check", sql`${t.accountingService} in ('none', 'xero')`),
    check("billing_settings_terms_check", sql`${t.paymentTermsFrom} in ('invoice_date', 'end_of_month')`),
    check("billing_settings_amounts_check", sql`${t.amountsAre} in ('exclusive', 'inclusive')`),
  ],
);

/** The client as printed on an issued invoice: what it was when the invoice was issued. */
export interface ClientSnapshot {
  name: string;
  registryCode: string | null;
  vatNumber: string | null;
  email: string | null;
  /** Address lines as printed, one per line. */
  address: string[];
}

/** The firm as printed on an issued invoice (Billing settings, legal name else company name). */
export interface FirmSnapshot {
  legalName: string;
  registryCode: string | null;
  vatNumber: string | null;
  address: string | null;
  bankAccount: string | null;
  email: string | null;
  phone: string | null;
}

/** An invoice or a credit note. In progress: editable, no number; created: issued, numbered, final. */
export const invoices = pgTable(
  "invoices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["invoice", "credit_note"] })
      .notNull()
      .default("invoice"),
    /** Prefix + sequence, set when issued; unique in the company. */
    number: text("number"),
    /** The sequence value the number took (orders numbers as issued, whatever the prefix). */
    numberSequence: integer("number_sequence"),
    status: text("status", { enum: ["in_progress", "created"] })
      .notNull()
      .default("in_progress"),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    /** The client's current name, kept by database triggers (list sort and search). */
    clientName: text("client_name").notNull().default(""),
    /** Lower-cased number and client name, kept by the database, for search. */
    searchText: text("search_text").generatedAlwaysAs(sql`lower(coalesce(number, '') || ' ' || client_name)`),
    /**
     * The client's name lower-cased, kept by the database: the list's client sort. A column, not an
     * expression index, so a page found by offset is read from the index alone (index-only scan).
     */
    clientSort: text("client_sort").generatedAlwaysAs(sql`lower(client_name)`),
    clientSnapshot: jsonb("client_snapshot").$type<ClientSnapshot>(),
    firmSnapshot: jsonb("firm_snapshot").$type<FirmSnapshot>(),
    date: date("date", { mode: "string" }).notNull(),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    currency: text("currency").notNull(),
    reference: text("reference"),
    amountsAre: text("amounts_are", { enum: ["exclusive", "inclusive", "none"] }).notNull(),
    subTotal: numeric("sub_total", { precision: 18, scale: 2 }).notNull().default("0"),
    totalTax: numeric("total_tax", { precision: 18, scale: 2 }).notNull().default("0"),
    total: numeric("total", { precision: 18, scale: 2 }).notNull().default("0"),
    /** On a credit note: the invoice it credits. */
    creditedInvoiceId: uuid("credited_invoice_id").references((): AnyPgColumn => invoices.id),
    /** The billing run (automated billing) that made it; no foreign key here, see contracts. */
    billingRunId: uuid("billing_run_id"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    issuedAt: timestamp("issued_at", { withTimezone: true }),
    issuedBy: uuid("issued_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invoices_number_key").on(t.companyId, t.number).where(sql`${t.number} is not null`),
    // The list: newest first by default, by status (overdue: created, by due date), by client.
    index("invoices_company_date_idx").on(t.companyId, t.date, t.createdAt, t.id),
    index("invoices_company_status_date_idx").on(t.companyId, t.status, t.date, t.createdAt, t.id),
    index("invoices_company_status_due_idx").on(t.companyId, t.status, t.dueDate, t.id),
    index("invoices_company_client_date_idx").on(t.companyId, t.clientId, t.date, t.createdAt, t.id),
    index("invoices_company_client_sort_idx").on(t.companyId, t.clientSort, t.id),
    // A status filter sorted by client or total, down to its last pages, walks these rather than
    // sorting every match (EXPLAIN ANALYZE on bench:billing's 20,000: page 300 by client 5 ms, not 49).
    index("invoices_company_status_client_idx").on(t.companyId, t.status, t.clientSort, t.id),
    index("invoices_company_status_total_idx").on(t.companyId, t.status, t.total, t.id),
    index("invoices_company_issued_idx").on(t.companyId, t.issuedAt, t.numberSequence, t.id),
    index("invoices_company_total_idx").on(t.companyId, t.total, t.id),
    index("invoices_credited_idx").on(t.creditedInvoiceId).where(sql`${t.creditedInvoiceId} is not null`),
    index("invoices_search_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")),
    check("invoices_kind_check", sql`${t.kind} in ('invoice', 'credit_note')`),
    check("invoices_status_check", sql`${t.status} in ('in_progress', 'created')`),
    check("invoices_amounts_check", sql`${t.amountsAre} in ('exclusive', 'inclusive', 'none')`),
    check("invoices_number_when_created", sql`(${t.status} = 'created') = (${t.number} is not null)`),
    check(
      "invoices_credit_note_links_invoice",
      sql`(${t.kind} = 'credit_note') = (${t.creditedInvoiceId} is not null)`,
    ),
  ],
);

/** A line of an invoice; amounts are stored as computed (Xero's rounding) on every save. */
export const invoiceLines = pgTable(
  "invoice_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    productId: uuid("product_id").references(() => products.id),
    description: text("description").notNull(),
    quantity: numeric("quantity", { precision: 18, scale: 4 }).notNull(),
    unitPrice: numeric("unit_price", { precision: 18, scale: 4 }).notNull(),
    discountRate: numeric("discount_rate", { precision: 7, scale: 4 }),
    vatRateId: uuid("vat_rate_id").references(() => vatRates.id, { onDelete: "set null" }),
    /** The VAT rate's percent when the line was saved. */
    taxRate: numeric("tax_rate", { precision: 9, scale: 4 }).notNull().default("0"),
    resourceCodeId: uuid("resource_code_id").references(() => resourceCodes.id, { onDelete: "set null" }),
    lineAmount: numeric("line_amount", { precision: 18, scale: 2 }).notNull(),
    taxAmount: numeric("tax_amount", { precision: 18, scale: 2 }).notNull(),
    /** Automated billing: the contract line and period (YYYY-MM) this line bills. */
    contractLineId: uuid("contract_line_id"),
    period: text("period"),
    /** On a credit note: the invoice line it credits. */
    creditedLineId: uuid("credited_line_id").references((): AnyPgColumn => invoiceLines.id),
  },
  (t) => [
    index("invoice_lines_invoice_idx").on(t.invoiceId, t.position),
    index("invoice_lines_product_idx").on(t.productId).where(sql`${t.productId} is not null`),
    index("invoice_lines_credited_idx").on(t.creditedLineId).where(sql`${t.creditedLineId} is not null`),
  ],
);
