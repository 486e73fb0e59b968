import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { clients } from "./clients.js";
import { companies } from "./companies.js";
import { users } from "./users.js";

export const IMPORT_STATUSES = ["fetching", "ready", "importing", "done", "failed"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  failed: { xeroContactId: string; reason: string }[];
}

export interface AlsoBrings {
  vatRates: number;
  resourceCodes: number;
  products: number;
  currencies: number;
}

/** One import from an accounting system: clients (previewed, then confirmed) or classificators. */
export const importRuns = pgTable(
  "import_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    kind: text("kind", { enum: ["clients", "classificators"] }).notNull(),
    organisationId: text("organisation_id").notNull(),
    status: text("status", { enum: IMPORT_STATUSES }).notNull(),
    progressDone: integer("progress_done").notNull().default(0),
    progressTotal: integer("progress_total").notNull().default(0),
    /** Why the run failed, in words for the user. */
    error: text("error"),
    summary: jsonb("summary").$type<ImportSummary | Record<string, unknown>>(),
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    /**
     * The first client import brings the classificators along: how many of each its preview found
     * in the accounting system, written only once the import is confirmed. Null: nothing along.
     */
    alsoBrings: jsonb("also_brings").$type<AlsoBrings>(),
    /** While fetching or importing: the one background job that may work on the run. */
    jobId: uuid("job_id"),
    /** While that job runs: the process running it, which renews the lease until it ends. */
    worker: text("worker"),
    /** Lapsed: the worker is gone and another process takes the run over. Null while the job is queued. */
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
  },
  (t) => [
    index("import_runs_company_idx").on(t.companyId, t.kind, t.createdAt),
    index("import_runs_working_idx").on(t.leaseUntil).where(sql`${t.status} in ('fetching', 'importing')`),
    check(
      "import_runs_status_check",
      sql`${t.status} in ('fetching', 'ready', 'importing', 'done', 'failed')`,
    ),
  ],
);

export const CANDIDATE_OUTCOMES = [
  "pending",
  "created",
  "updated",
  "unchanged",
  "skipped",
  "failed",
] as const;

/** A contact found by a client import's preview, with how it matched and what would change. */
export const importCandidates = pgTable(
  "import_candidates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    runId: uuid("run_id")
      .notNull()
      .references(() => importRuns.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    externalId: text("external_id").notNull(),
    name: text("name").notNull(),
    match: text("match", { enum: ["new", "existing", "ambiguous"] }).notNull(),
    matchedBy: text("matched_by"),
    clientId: uuid("client_id").references(() => clients.id, { onDelete: "set null" }),
    supplierOnly: boolean("supplier_only").notNull(),
    /** The client as the accounting system has it, mapped to Kontor's fields. */
    incoming: jsonb("incoming").$type<Record<string, string | null>>().notNull(),
    changes: jsonb("changes")
      .$type<
        {
          field: string;
          from: string | null;
          to: string | null;
          conflict: boolean;
          /** For a conflict, the user's choice on Confirm. */
          take?: "xero" | "kontor";
        }[]
      >()
      .notNull(),
    ambiguousWith: jsonb("ambiguous_with").$type<{ id: string; name: string }[]>(),
    remoteUpdatedAt: timestamp("remote_updated_at", { withTimezone: true }),
    selected: boolean("selected").notNull().default(false),
    outcome: text("outcome", { enum: CANDIDATE_OUTCOMES }).notNull().default("pending"),
    reason: text("reason"),
  },
  (t) => [
    uniqueIndex("import_candidates_run_contact_key").on(t.runId, t.externalId),
    index("import_candidates_run_position_idx").on(t.runId, t.position),
  ],
);
