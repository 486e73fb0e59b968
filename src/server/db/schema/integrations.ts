import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { companies } from "./companies.js";
import { sessions } from "./sessions.js";
import { users } from "./users.js";

/**
 * One authorisation of Kontor by a user of an accounting system (an OAuth grant): its token
 * set, sealed with AES-256-GCM. Tokens belong to the grant, not to an organisation.
 */
export const accountingGrants = pgTable(
  "accounting_grants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    status: text("status", { enum: ["active", "needs_reauth"] }).notNull(),
    /** Why re-authorisation is needed, in words for the user. */
    statusReason: text("status_reason"),
    externalUserId: text("external_user_id"),
    externalUserEmail: text("external_user_email"),
    scopes: text("scopes").notNull(),
    accessToken: text("access_token").notNull(),
    refreshToken: text("refresh_token").notNull(),
    accessExpiresAt: timestamp("access_expires_at", { withTimezone: true }).notNull(),
    refreshedAt: timestamp("refreshed_at", { withTimezone: true }).notNull(),
    /** Set when a refresh failed (for any reason but a dead grant): no new attempt until the cooldown ends. */
    refreshFailedAt: timestamp("refresh_failed_at", { withTimezone: true }),
    /** That failure, answered again to every caller during the cooldown, in any process. */
    refreshError: jsonb("refresh_error").$type<{ code: string; message: string }>(),
    authorizedBy: uuid("authorized_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("accounting_grants_company_provider_key").on(t.companyId, t.provider),
    check("accounting_grants_status_check", sql`${t.status} in ('active', 'needs_reauth')`),
  ],
);

/** An organisation (Xero: tenant) reachable through a grant. One per company is the billing one. */
export const accountingOrganisations = pgTable(
  "accounting_organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    grantId: uuid("grant_id")
      .notNull()
      .references(() => accountingGrants.id, { onDelete: "cascade" }),
    externalId: text("external_id").notNull(),
    connectionId: text("connection_id"),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    isBilling: boolean("is_billing").notNull().default(false),
    connectedAt: timestamp("connected_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("accounting_organisations_external_key").on(t.companyId, t.provider, t.externalId),
    uniqueIndex("accounting_organisations_one_billing")
      .on(t.companyId, t.provider)
      .where(sql`${t.isBilling}`),
    index("accounting_organisations_grant_idx").on(t.grantId),
  ],
);

/** A started authorisation: single use, expiring, bound to the session that started it. */
export const oauthStates = pgTable(
  "oauth_states",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id").references(() => sessions.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    stateHash: text("state_hash").notNull().unique(),
    codeVerifier: text("code_verifier").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("oauth_states_expires_idx").on(t.expiresAt)],
);
