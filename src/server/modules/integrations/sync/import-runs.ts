import { and, asc, desc, eq } from "drizzle-orm";
import type { ImportCandidate, ImportRun, ImportSummary } from "../../../../shared/api/imports.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { type ImportStatus, importCandidates, importRuns } from "../../../db/schema/imports.js";
import { accountingOrganisations } from "../../../db/schema/integrations.js";
import { notFound } from "../../../lib/errors.js";
import { heldBy, RunTakenOverError } from "./run-lease.js";

export type RunRow = typeof importRuns.$inferSelect;

export async function findRun(scope: CompanyScope, id: string, kind: RunRow["kind"]): Promise<RunRow> {
  const run = await scope.first(importRuns, eq(importRuns.id, id), eq(importRuns.kind, kind));
  if (!run) throw notFound("The import");
  return run;
}

export async function latestRun(scope: CompanyScope, kind: RunRow["kind"]): Promise<RunRow | undefined> {
  const [run] = await scope.db
    .select()
    .from(importRuns)
    .where(scope.where(importRuns, eq(importRuns.kind, kind)))
    .orderBy(desc(importRuns.createdAt))
    .limit(1);
  return run;
}

/** Runs still working (or waiting for their turn) for a company and kind. */
export function isActive(status: ImportStatus): boolean {
  return status === "fetching" || status === "importing";
}

/** Progress of a run's job; a job whose run was taken over stops here. */
export async function setProgress(scope: CompanyScope, run: RunRow, done: number, total: number, now: Date) {
  const updated = await scope
    .update(importRuns, { progressDone: done, progressTotal: total, updatedAt: now }, heldBy(run))
    .returning({ id: importRuns.id });
  if (updated.length === 0) throw new RunTakenOverError(run.id);
}

/** Ends a run with the reason; answers false when another job had taken it over (which goes on). */
export async function failRun(scope: CompanyScope, run: RunRow, error: string, now: Date): Promise<boolean> {
  const failed = await scope
    .update(importRuns, { status: "failed", error, updatedAt: now, finishedAt: now }, heldBy(run))
    .returning({ id: importRuns.id });
  return failed.length > 0;
}

export async function viewRun(scope: CompanyScope, run: RunRow, withCandidates: boolean): Promise<ImportRun> {
  const organisation = await scope.first(
    accountingOrganisations,
    and(
      eq(accountingOrganisations.provider, run.provider),
      eq(accountingOrganisations.externalId, run.organisationId),
    ),
  );
  const rows = withCandidates
    ? await scope.db
        .select()
        .from(importCandidates)
        .where(scope.where(importCandidates, eq(importCandidates.runId, run.id)))
        .orderBy(asc(importCandidates.position))
    : [];
  const candidates: ImportCandidate[] = rows.map((c) => ({
    xeroContactId: c.externalId,
    name: c.name,
    match: c.match,
    matchedBy: (c.matchedBy as ImportCandidate["matchedBy"]) ?? null,
    email: c.incoming.email ?? null,
    registryCode: c.incoming.registryCode ?? null,
    vatNumber: c.incoming.vatNumber ?? null,
    person: personName(c.incoming),
    ...(c.clientId ? { clientId: c.clientId } : {}),
    ...(c.ambiguousWith ? { ambiguousWith: c.ambiguousWith } : {}),
    ...(c.reason ? { reason: c.reason } : {}),
    supplierOnly: c.supplierOnly,
    changes: c.changes.map(({ field, from, to, conflict }) => ({ field, from, to, conflict })),
    selected: c.selected,
    outcome: c.outcome,
  }));
  return {
    id: run.id,
    status: run.status,
    progress: { done: run.progressDone, total: run.progressTotal },
    error: run.error,
    organisation: organisation ? { id: organisation.externalId, name: organisation.name } : null,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    candidates,
    alsoBrings: run.alsoBrings ?? null,
    ...(run.status === "done" && run.summary ? { summary: run.summary as ImportSummary } : {}),
  };
}

/** The primary person as one name, from the values the preview read. */
function personName(incoming: Record<string, string | null>): string | null {
  const name = [incoming["primaryPerson.firstName"], incoming["primaryPerson.lastName"]]
    .filter(Boolean)
    .join(" ");
  return name || null;
}
