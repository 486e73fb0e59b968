import { randomUUID } from "node:crypto";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { ImportSummary } from "../../../../shared/api/imports.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { clientContacts, clients } from "../../../db/schema/clients.js";
import { importCandidates, importRuns } from "../../../db/schema/imports.js";
import { syncRecords } from "../../../db/schema/sync-records.js";
import { yieldToEventLoop } from "../../../lib/yield.js";
import type { ProviderId } from "../accounting-provider.js";
import { diffClient, type FieldValues, keptAfterImport, kontorValues } from "./client-diff.js";
import type { RunRow } from "./import-runs.js";
import { heldBy, holdRun, RunTakenOverError } from "./run-lease.js";

export const APPLY_BATCH = 500;

type Candidate = typeof importCandidates.$inferSelect;
type Outcome = {
  id: string;
  outcome: "created" | "updated" | "unchanged" | "failed";
  clientId: string | null;
  reason: string | null;
};

function clientColumns(v: FieldValues) {
  return {
    name: v.name ?? "",
    shortMark: v.shortMark,
    registryCode: v.registryCode,
    vatNumber: v.vatNumber,
    email: v.email,
    phone: v.phone,
    addressLine1: v["address.line1"],
    addressLine2: v["address.line2"],
    city: v["address.city"],
    region: v["address.region"],
    postalCode: v["address.postalCode"],
    country: v["address.country"],
    currency: v.currency,
  };
}

function personColumns(v: FieldValues) {
  return {
    firstName: v["primaryPerson.firstName"],
    lastName: v["primaryPerson.lastName"],
    email: v["primaryPerson.email"],
    phone: v["primaryPerson.phone"],
  };
}

const codeKey = (code: string | null | undefined) => code?.trim().toLowerCase() || null;

/**
 * Imports the confirmed contacts, one transaction per batch: a crash leaves every batch either
 * fully written (clients, primary persons, links, outcomes) or not at all, and the job resumes
 * with what is still pending. Each batch reads what it needs in a few queries and writes in
 * bulk; matching is re-checked against what Kontor holds now.
 */
export async function applyClientImport(
  scope: CompanyScope,
  run: RunRow,
  provider: ProviderId,
  clock: { now(): Date },
) {
  for (;;) {
    const batch = await scope.db
      .select()
      .from(importCandidates)
      .where(
        scope.where(
          importCandidates,
          eq(importCandidates.runId, run.id),
          eq(importCandidates.selected, true),
          eq(importCandidates.outcome, "pending"),
        ),
      )
      .orderBy(asc(importCandidates.position))
      .limit(APPLY_BATCH);
    if (batch.length === 0) break;
    await scope.transaction((tx) => applyBatch(tx, batch, run, provider, clock.now()));
    // Between batches, so progress polls (and everyone else) are answered during a long import.
    await yieldToEventLoop();
  }
  await finishClientImport(scope, run, clock.now());
}

async function applyBatch(
  tx: CompanyScope,
  batch: Candidate[],
  run: RunRow,
  provider: ProviderId,
  now: Date,
) {
  await holdRun(tx, run);
  const ofProvider = and(eq(syncRecords.provider, provider), eq(syncRecords.entity, "client"));
  const byRemote = new Map(
    (
      await tx.select(
        syncRecords,
        ofProvider,
        inArray(
          syncRecords.remoteId,
          batch.map((c) => c.externalId),
        ),
      )
    ).map((l) => [l.remoteId, l]),
  );
  // The client linked now wins over the preview's guess (another import may have linked it since).
  const targetOf = (c: Candidate) => byRemote.get(c.externalId)?.localId ?? c.clientId;
  const clientIds = [...new Set(batch.map(targetOf).filter((id): id is string => !!id))];
  const [clientRows, primaries, linksOfClients] = clientIds.length
    ? await Promise.all([
        tx.select(clients, inArray(clients.id, clientIds)),
        tx.select(
          clientContacts,
          inArray(clientContacts.clientId, clientIds),
          eq(clientContacts.isPrimary, true),
        ),
        tx.select(syncRecords, ofProvider, inArray(syncRecords.localId, clientIds)),
      ])
    : [[], [], []];
  const clientById = new Map(clientRows.map((c) => [c.id, c]));
  const primaryOf = new Map(primaries.map((p) => [p.clientId, p]));
  const linkOf = new Map(linksOfClients.map((l) => [l.localId, l]));
  const codes = [
    ...new Set(
      batch.map((c) => codeKey((c.incoming as FieldValues).registryCode)).filter((k): k is string => !!k),
    ),
  ];
  const codeOwner = new Map<string, string>();
  if (codes.length) {
    const owners = await tx.db
      .select({ id: clients.id, code: sql<string>`lower(${clients.registryCode})` })
      .from(clients)
      .where(tx.where(clients, inArray(sql`lower(${clients.registryCode})`, codes)));
    for (const o of owners) codeOwner.set(o.code, o.id);
  }
  const codeTaken = (code: string | null, clientId: string) => {
    const key = codeKey(code);
    const owner = key ? codeOwner.get(key) : undefined;
    return owner !== undefined && owner !== clientId;
  };

  const outcomes: Outcome[] = [];
  const claimed = new Set<string>();
  const newClients: (typeof clients.$inferInsert)[] = [];
  const newPeople: (typeof clientContacts.$inferInsert)[] = [];
  const links: {
    clientId: string;
    candidate: Candidate;
    synced: Partial<FieldValues>;
    kept?: Partial<FieldValues> | null;
  }[] = [];

  for (const candidate of batch) {
    const incoming = candidate.incoming as FieldValues;
    if (candidate.match === "ambiguous") {
      const reason = `${candidate.reason ?? "It fits several Kontor clients."} Choose the matching client in the preview, or import it as new.`;
      outcomes.push({ id: candidate.id, outcome: "failed", clientId: null, reason });
      continue;
    }
    const targetId = targetOf(candidate);
    const client = targetId ? clientById.get(targetId) : undefined;
    if (!client) {
      const id = randomUUID();
      if (codeTaken(incoming.registryCode, id)) {
        const reason = `Another client already has the registry code ${incoming.registryCode}.`;
        outcomes.push({ id: candidate.id, outcome: "failed", clientId: null, reason });
        continue;
      }
      const key = codeKey(incoming.registryCode);
      if (key) codeOwner.set(key, id);
      newClients.push({
        id,
        companyId: tx.companyId,
        ...clientColumns(incoming),
        createdAt: now,
        updatedAt: now,
      });
      const person = personColumns(incoming);
      if (person.firstName || person.lastName) {
        newPeople.push({
          companyId: tx.companyId,
          clientId: id,
          ...person,
          isPrimary: true,
          createdAt: now,
          updatedAt: now,
        });
      }
      links.push({ clientId: id, candidate, synced: incoming });
      outcomes.push({ id: candidate.id, outcome: "created", clientId: id, reason: null });
      continue;
    }

    const link = linkOf.get(client.id);
    // One client, one contact: never take over a client another contact is linked to.
    if ((link && link.remoteId !== candidate.externalId) || claimed.has(client.id)) {
      const reason = `${client.name} is already linked to another Xero contact.`;
      outcomes.push({ id: candidate.id, outcome: "failed", clientId: null, reason });
      continue;
    }
    claimed.add(client.id);
    const primary = primaryOf.get(client.id);
    const synced = (link?.syncedValues as Partial<FieldValues> | undefined) ?? null;
    const kept = (link?.keptValues as Partial<FieldValues> | undefined) ?? null;
    const current = kontorValues(client, primary);
    const changes = diffClient(current, incoming, synced, kept);
    // The user's choice on Confirm, for a conflict the preview showed with the same values.
    const takeOf = (field: string) =>
      candidate.changes.find(
        (c) => c.field === field && c.conflict && c.to === incoming[field as keyof FieldValues],
      )?.take;
    const applied = changes.filter((c) => !c.conflict || takeOf(c.field) === "xero");
    if (applied.some((c) => c.field === "registryCode") && codeTaken(incoming.registryCode, client.id)) {
      const reason = `Another client already has the registry code ${incoming.registryCode}.`;
      outcomes.push({ id: candidate.id, outcome: "failed", clientId: client.id, reason });
      continue;
    }
    const next = { ...current };
    for (const change of applied) next[change.field] = change.to;
    if (applied.some((c) => !c.field.startsWith("primaryPerson."))) {
      await tx.update(clients, { ...clientColumns(next), updatedAt: now }, eq(clients.id, client.id));
    }
    if (applied.some((c) => c.field.startsWith("primaryPerson."))) {
      if (primary)
        await tx.update(
          clientContacts,
          { ...personColumns(next), updatedAt: now },
          eq(clientContacts.id, primary.id),
        );
      else
        newPeople.push({
          companyId: tx.companyId,
          clientId: client.id,
          ...personColumns(next),
          isPrimary: true,
          createdAt: now,
          updatedAt: now,
        });
    }
    // What Kontor took from the accounting system; a kept conflict keeps its old synced value.
    const syncedNow: Partial<FieldValues> = { ...(synced ?? {}), ...incoming };
    for (const change of changes)
      if (change.conflict && takeOf(change.field) !== "xero")
        syncedNow[change.field] = synced?.[change.field] ?? null;
    const keptNow = keptAfterImport(kept, changes, takeOf);
    if (
      !link ||
      link.remoteId !== candidate.externalId ||
      JSON.stringify(link.syncedValues) !== JSON.stringify(syncedNow) ||
      JSON.stringify(link.keptValues ?? null) !== JSON.stringify(keptNow)
    ) {
      links.push({ clientId: client.id, candidate, synced: syncedNow, kept: keptNow });
    }
    outcomes.push({
      id: candidate.id,
      outcome: applied.length > 0 ? "updated" : "unchanged",
      clientId: client.id,
      reason: null,
    });
  }

  if (newClients.length) await tx.db.insert(clients).values(newClients);
  if (newPeople.length) await tx.db.insert(clientContacts).values(newPeople);
  if (links.length) {
    // A client has one link per provider: replace whatever it had.
    await tx.delete(
      syncRecords,
      ofProvider,
      inArray(
        syncRecords.localId,
        links.map((l) => l.clientId),
      ),
    );
    await tx.insertMany(
      syncRecords,
      links.map((l) => ({
        provider,
        organisationId: run.organisationId,
        entity: "client" as const,
        localId: l.clientId,
        remoteId: l.candidate.externalId,
        syncedValues: l.synced as Record<string, string | null>,
        keptValues: (l.kept ?? null) as Record<string, string | null> | null,
        remoteUpdatedAt: l.candidate.remoteUpdatedAt,
        syncedAt: now,
      })),
    );
  }
  await recordOutcomes(tx, outcomes);
  const [done] = await tx.db
    .select({ n: count() })
    .from(importCandidates)
    .where(
      tx.where(
        importCandidates,
        eq(importCandidates.runId, run.id),
        eq(importCandidates.selected, true),
        sql`${importCandidates.outcome} <> 'pending'`,
      ),
    );
  await tx.update(importRuns, { progressDone: done?.n ?? 0, updatedAt: now }, heldBy(run));
}

/** Every candidate's outcome in one statement. */
async function recordOutcomes(tx: CompanyScope, outcomes: Outcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  const values = sql.join(
    outcomes.map((o) => sql`(${o.id}::uuid, ${o.outcome}, ${o.clientId}::uuid, ${o.reason})`),
    sql`, `,
  );
  await tx.db.execute(sql`
    update ${importCandidates} set outcome = v.outcome, client_id = coalesce(v.client_id, ${importCandidates.clientId}), reason = v.reason
    from (values ${values}) as v(id, outcome, client_id, reason)
    where ${importCandidates.id} = v.id and ${importCandidates.companyId} = ${tx.companyId}`);
}

/** The summary: outcomes counted; contacts not selected are skipped, those refused failed. */
export async function finishClientImport(scope: CompanyScope, run: RunRow, now: Date): Promise<void> {
  const runId = run.id;
  const rows = await scope.db
    .select({ outcome: importCandidates.outcome, selected: importCandidates.selected, n: count() })
    .from(importCandidates)
    .where(scope.where(importCandidates, eq(importCandidates.runId, runId)))
    .groupBy(importCandidates.outcome, importCandidates.selected);
  const countOf = (outcome: string) =>
    rows.filter((r) => r.selected && r.outcome === outcome).reduce((a, r) => a + r.n, 0);
  const failed = await scope.db
    .select({
      xeroContactId: importCandidates.externalId,
      name: importCandidates.name,
      reason: importCandidates.reason,
    })
    .from(importCandidates)
    .where(
      scope.where(
        importCandidates,
        eq(importCandidates.runId, runId),
        eq(importCandidates.outcome, "failed"),
      ),
    )
    .orderBy(asc(importCandidates.position));
  const summary: ImportSummary = {
    created: countOf("created"),
    updated: countOf("updated"),
    unchanged: countOf("unchanged"),
    // A contact refused in the preview is among the failures, not the skipped.
    skipped: rows.filter((r) => !r.selected && r.outcome !== "failed").reduce((a, r) => a + r.n, 0),
    failed: failed.map((f) => ({
      xeroContactId: f.xeroContactId,
      name: f.name,
      reason: f.reason ?? "Unknown reason.",
    })),
  };
  const done = await scope
    .update(importRuns, { status: "done", summary, updatedAt: now, finishedAt: now }, heldBy(run))
    .returning({ id: importRuns.id });
  if (done.length === 0) throw new RunTakenOverError(run.id);
}
