import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies.js";

/**
 * A Kontor record linked to its counterpart in an accounting system (client ↔ Xero contact,
 * VAT rate ↔ tax rate, …), with the values Kontor took from it the last time, so a later import
 * can tell a user's edit in Kontor from a change in the accounting system.
 */
export const syncRecords = pgTable(
  "sync_records",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    /** The organisation (Xero: tenant) the remote record lives in. */
    organisationId: text("organisation_id").notNull(),
    entity: text("entity", {
      enum: ["client", "vat_rate", "resource_code", "product", "currency", "invoice"],
    }).notNull(),
    localId: uuid("local_id").notNull(),
    remoteId: text("remote_id").notNull(),
    syncedValues: jsonb("synced_values").$type<Record<string, string | null>>(),
    /**
     * Fields where the user kept Kontor's edit over the accounting system's value, with that
     * value: the conflict stays quiet until the accounting system's value changes again.
     */
    keptValues: jsonb("kept_values").$type<Record<string, string | null>>(),
    remoteUpdatedAt: timestamp("remote_updated_at", { withTimezone: true }),
    syncedAt: timestamp("synced_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("sync_records_remote_key").on(
      t.companyId,
      t.provider,
      t.organisationId,
      t.entity,
      t.remoteId,
    ),
    uniqueIndex("sync_records_local_key").on(t.companyId, t.provider, t.entity, t.localId),
    index("sync_records_local_idx").on(t.localId),
  ],
);
