import { eq } from "drizzle-orm";
import { CLIENT_LIMITS } from "../../../../shared/api/clients.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { clientContacts, clients } from "../../../db/schema/clients.js";
import { importCandidates, importRuns } from "../../../db/schema/imports.js";
import { syncRecords } from "../../../db/schema/sync-records.js";
import { yieldToEventLoop } from "../../../lib/yield.js";
import type {
  AccountingProvider,
  RefusedRecord,
  RemoteCustomer,
  RemoteList,
} from "../accounting-provider.js";
import type { Integrations } from "../integrations.js";
import { requireBillingOrganisation } from "./billing-organisation.js";
import { classificatorsAlong } from "./classificators-along.js";
import { diffClient, type FieldValues, IMPORTED_FIELDS, kontorValues, remoteValues } from "./client-diff.js";
import { type RunRow, setProgress } from "./import-runs.js";
import { whyNotImportable } from "./importable-customer.js";
import { type ClientForMatching, matchClients } from "./match-clients.js";
import { heldBy, holdRun, RunTakenOverError } from "./run-lease.js";

const INSERT_CHUNK = 500;

/**
 * The preview: reads every customer, matches each to Kontor's clients and works out what would
 * change. A contact Kontor cannot take (unreadable, or a value longer than Kontor holds) is listed
 * as failed, with the reason; the others are imported as usual.
 */
export async function previewClients(
  scope: CompanyScope,
  run: RunRow,
  provider: AccountingProvider,
  integrations: Integrations,
  clock: { now(): Date },
): Promise<void> {
  const { grant } = await requireBillingOrganisation(scope, provider.id);
  const tokens = integrations.tokens.for(grant.id);
  const read = await provider.listCustomers(tokens, run.organisationId, (done, total) =>
    setProgress(scope, run, done, total, clock.now()),
  );
  const alsoBrings = await classificatorsAlong(scope, provider, tokens, run.organisationId);
  const { remotes, refused } = importableCustomers(read);

  const [rows, people, links] = await Promise.all([
    scope.select(clients),
    scope.select(clientContacts, eq(clientContacts.isPrimary, true)),
    scope.select(syncRecords, eq(syncRecords.provider, provider.id), eq(syncRecords.entity, "client")),
  ]);
  const primaryOf = new Map(people.map((p) => [p.clientId, p]));
  const linkOf = new Map(links.map((l) => [l.localId, l]));
  const byId = new Map(rows.map((c) => [c.id, c]));
  const forMatching: ClientForMatching[] = rows.map((c) => ({
    id: c.id,
    name: c.name,
    registryCode: c.registryCode,
    vatNumber: c.vatNumber,
    email: c.email,
    linkedTo: linkOf.get(c.id)?.remoteId ?? null,
  }));
  const matches = matchClients(remotes, forMatching);

  const candidates = remotes.map((remote, position) => {
    const m = matches.get(remote.externalId) ?? { match: "new" as const };
    const incoming = remoteValues(remote);
    const base = {
      runId: run.id,
      position,
      externalId: remote.externalId,
      name: remote.name,
      supplierOnly: remote.isSupplier && !remote.isCustomer,
      incoming: incoming as Record<string, string | null>,
      remoteUpdatedAt: remote.updatedAt,
      match: m.match,
      matchedBy: m.match === "new" ? null : m.matchedBy,
    };
    if (m.match === "existing") {
      const client = byId.get(m.clientId)!;
      const link = linkOf.get(client.id);
      const synced = (link?.syncedValues as Partial<FieldValues> | undefined) ?? null;
      const kept = (link?.keptValues as Partial<FieldValues> | undefined) ?? null;
      const changes = diffClient(kontorValues(client, primaryOf.get(client.id)), incoming, synced, kept);
      return { ...base, clientId: client.id, changes };
    }
    if (m.match === "ambiguous") {
      return {
        ...base,
        changes: [],
        reason: m.reason,
        ambiguousWith: m.candidates.map((id) => ({ id, name: byId.get(id)?.name ?? "" })),
      };
    }
    return { ...base, changes: [] };
  });
  // A contact Kontor cannot take is shown with its reason, and counted among the import's failures.
  const taken = new Set(remotes.map((r) => r.externalId.toLowerCase()));
  const refusedCandidates = refused.map((r, i) => {
    const usable = r.externalId && !taken.has(r.externalId.toLowerCase()) ? r.externalId : null;
    const externalId = usable ?? `(no contact id ${i + 1})`;
    taken.add(externalId.toLowerCase());
    return {
      runId: run.id,
      position: remotes.length + i,
      externalId,
      name: shortened(r.name) ?? "(no name)",
      supplierOnly: false,
      incoming: NOTHING as Record<string, string | null>,
      match: "new" as const,
      matchedBy: null,
      changes: [],
      outcome: "failed" as const,
      reason: r.reason,
    };
  });

  const now = clock.now();
  // Written in chunks, letting other requests in between; the run turns "ready" only once all
  // are in, and a retry starts by clearing what an interrupted attempt left. Each chunk is
  // written only while the run is still this job's, so a successor's rows never meet these.
  await scope.transaction(async (tx) => {
    await holdRun(tx, run);
    await tx.delete(importCandidates, eq(importCandidates.runId, run.id));
  });
  for (let i = 0; i < candidates.length; i += INSERT_CHUNK) {
    await scope.transaction(async (tx) => {
      await holdRun(tx, run);
      await tx.insertMany(importCandidates, candidates.slice(i, i + INSERT_CHUNK));
    });
    await yieldToEventLoop();
  }
  for (let i = 0; i < refusedCandidates.length; i += INSERT_CHUNK) {
    await scope.transaction(async (tx) => {
      await holdRun(tx, run);
      await tx.insertMany(importCandidates, refusedCandidates.slice(i, i + INSERT_CHUNK));
    });
  }
  const total = candidates.length + refusedCandidates.length;
  const ready = await scope
    .update(
      importRuns,
      { status: "ready", progressDone: total, progressTotal: total, alsoBrings, updatedAt: now },
      heldBy(run),
    )
    .returning({ id: importRuns.id });
  if (ready.length === 0) throw new RunTakenOverError(run.id);
}

const NOTHING = Object.fromEntries(IMPORTED_FIELDS.map((field) => [field, null])) as FieldValues;

/** A name to show for a refused contact: at most a client name's length. */
function shortened(name: string | null): string | null {
  if (!name) return null;
  return name.length > CLIENT_LIMITS.name ? `${name.slice(0, CLIENT_LIMITS.name - 1)}…` : name;
}

/** Each contact once (the first time it came), and those Kontor cannot take set apart with the reason. */
function importableCustomers(read: RemoteList<RemoteCustomer>) {
  const remotes: RemoteCustomer[] = [];
  const refused: RefusedRecord[] = [...read.refused];
  const seen = new Set<string>();
  for (const remote of read.items) {
    const key = remote.externalId.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const why = whyNotImportable(remote);
    if (why) refused.push({ externalId: remote.externalId, name: remote.name, reason: why });
    else remotes.push(remote);
  }
  return { remotes, refused };
}
