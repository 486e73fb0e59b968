import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Dashboard } from "../../../shared/api/dashboard.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { clients } from "../../db/schema/clients.js";
import { importRuns } from "../../db/schema/imports.js";
import { accountingOrganisations } from "../../db/schema/integrations.js";
import { syncRecords } from "../../db/schema/sync-records.js";
import type { ClientTotals } from "../clients/client-totals.js";

/** Active clients: read from the partial index of a company's active clients alone. */
async function countActiveClients(scope: CompanyScope): Promise<number> {
  const [row] = await scope.db
    .select({ n: count() })
    .from(clients)
    .where(scope.where(clients, isNull(clients.archivedAt)));
  return row?.n ?? 0;
}

/** Active clients linked to a Xero contact, as the client list's "Linked to Xero" filter finds them. */
async function countLinkedClients(scope: CompanyScope): Promise<number> {
  const [row] = await scope.db
    .select({ n: count() })
    .from(syncRecords)
    .innerJoin(clients, eq(clients.id, syncRecords.localId))
    .where(
      and(
        scope.where(syncRecords, eq(syncRecords.provider, "xero"), eq(syncRecords.entity, "client")),
        scope.where(clients, isNull(clients.archivedAt)),
      ),
    );
  return row?.n ?? 0;
}

async function lastClientImport(scope: CompanyScope): Promise<Dashboard["lastImport"]> {
  const [run] = await scope.db
    .select({
      id: importRuns.id,
      finishedAt: importRuns.finishedAt,
      summary: importRuns.summary,
      organisation: accountingOrganisations.name,
    })
    .from(importRuns)
    .leftJoin(
      accountingOrganisations,
      and(
        eq(accountingOrganisations.companyId, importRuns.companyId),
        eq(accountingOrganisations.provider, importRuns.provider),
        eq(accountingOrganisations.externalId, importRuns.organisationId),
      ),
    )
    .where(scope.where(importRuns, eq(importRuns.kind, "clients"), eq(importRuns.status, "done")))
    .orderBy(desc(importRuns.finishedAt))
    .limit(1);
  if (!run?.finishedAt) return null;
  const summary = (run.summary ?? {}) as Record<string, unknown>;
  const number = (value: unknown) => (typeof value === "number" ? value : 0);
  return {
    id: run.id,
    finishedAt: run.finishedAt.toISOString(),
    organisation: run.organisation,
    created: number(summary.created),
    updated: number(summary.updated),
    unchanged: number(summary.unchanged),
    failed: Array.isArray(summary.failed) ? summary.failed.length : 0,
  };
}

/**
 * The firm's numbers for the dashboard. The counts are kept with the client list's totals, which
 * are dropped whenever the company's clients or their Xero links change (client-totals.ts).
 */
export async function getDashboard(scope: CompanyScope, totals: ClientTotals): Promise<Dashboard> {
  const active = await totals.total(scope.companyId, "dashboard:active", () => countActiveClients(scope));
  const linkedToXero = await totals.total(scope.companyId, "dashboard:linked-to-xero", () =>
    countLinkedClients(scope),
  );
  return { clients: { active, linkedToXero }, lastImport: await lastClientImport(scope) };
}
