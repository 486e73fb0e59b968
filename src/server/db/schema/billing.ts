import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { companies } from "./companies.js";

/** A VAT rate for invoice lines. Imported ones (Xero tax rates) are read-only in Kontor. */
export const vatRates = pgTable(
  "vat_rates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Percent, e.g. 20.0000. */
    rate: numeric("rate", { precision: 9, scale: 4 }).notNull(),
    /** The accounting system's code for it (Xero TaxType), sent on invoice lines. */
    taxType: text("tax_type"),
    active: boolean("active").notNull().default(true),
    readOnly: boolean("read_only").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("vat_rates_tax_type_key").on(t.companyId, t.taxType).where(sql`${t.taxType} is not null`),
  ],
);

/** A resource code: the revenue account an invoice line is booked to (Xero revenue account). */
export const resourceCodes = pgTable(
  "resource_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    name: text("name").notNull(),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("resource_codes_code_key").on(t.companyId, t.code)],
);

/** A product (with its product code) billed on invoices (Xero item that is sold). */
export const products = pgTable(
  "products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    /** How the product is counted on a line: pc, h, month… */
    unit: text("unit"),
    unitPrice: numeric("unit_price", { precision: 18, scale: 4 }),
    resourceCodeId: uuid("resource_code_id").references(() => resourceCodes.id, { onDelete: "set null" }),
    vatRateId: uuid("vat_rate_id").references(() => vatRates.id, { onDelete: "set null" }),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("products_code_key").on(t.companyId, t.code),
    index("products_company_name_idx").on(t.companyId, t.name),
  ],
);

/** Currencies available on invoices (Xero currencies of the billing organisation). */
export const currencies = pgTable(
  "currencies",
  {
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    description: text("description").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.code] })],
);
