import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies.js";
import { users } from "./users.js";

/** An organisation the firm works for. */
export const clients = pgTable(
  "clients",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    shortMark: text("short_mark"),
    registryCode: text("registry_code"),
    vatNumber: text("vat_number"),
    email: text("email"),
    phone: text("phone"),
    addressLine1: text("address_line1"),
    addressLine2: text("address_line2"),
    city: text("city"),
    region: text("region"),
    postalCode: text("postal_code"),
    country: text("country"),
    currency: text("currency"),
    notes: text("notes"),
    /** The member who looks after the client; later work is assigned by it. None when they leave. */
    responsibleUserId: uuid("responsible_user_id").references(() => users.id, { onDelete: "set null" }),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** The client's people's names and e-mails, kept by triggers on client_contacts (migration 0008). */
    peopleText: text("people_text"),
    /** Lower-cased name, codes, e-mail and people, kept by the database, for search. */
    searchText: text("search_text").generatedAlwaysAs(
      sql`lower(coalesce(name, '') || ' ' || coalesce(short_mark, '') || ' ' || coalesce(registry_code, '') || ' ' || coalesce(vat_number, '') || ' ' || coalesce(email, '') || ' ' || coalesce(people_text, ''))`,
    ),
  },
  (t) => [
    uniqueIndex("clients_registry_code_key")
      .on(t.companyId, sql`lower(${t.registryCode})`)
      .where(sql`${t.registryCode} is not null`),
    index("clients_company_name_idx").on(t.companyId, sql`lower(${t.name})`, t.id),
    index("clients_company_created_idx").on(t.companyId, t.createdAt),
    index("clients_company_updated_idx").on(t.companyId, t.updatedAt),
    index("clients_company_responsible_idx").on(t.companyId, t.responsibleUserId),
    index("clients_company_registry_idx").on(t.companyId, sql`lower(${t.registryCode})`, t.id),
    // Counting a company's active clients reads this index alone.
    index("clients_company_active_idx").on(t.companyId).where(sql`${t.archivedAt} is null`),
    // `%word%` searches: trigrams find the few matching rows without reading the whole table.
    index("clients_search_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")),
  ],
);

/** A person at a client; at most one per client is the primary person. */
export const clientContacts = pgTable(
  "client_contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    firstName: text("first_name"),
    lastName: text("last_name"),
    email: text("email"),
    phone: text("phone"),
    role: text("role"),
    isPrimary: boolean("is_primary").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("client_contacts_client_idx").on(t.clientId),
    uniqueIndex("client_contacts_one_primary").on(t.clientId).where(sql`${t.isPrimary}`),
  ],
);
