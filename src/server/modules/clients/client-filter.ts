import { and, eq, inArray, isNotNull, isNull, like, notInArray, type SQL } from "drizzle-orm";
import type { ClientFilterQuery } from "../../../shared/api/clients.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { clients } from "../../db/schema/clients.js";
import { importCandidates } from "../../db/schema/imports.js";
import { syncRecords } from "../../db/schema/sync-records.js";

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The filter with `responsible: "me"` already made the signed-in user's id. */
export type ClientFilter = Omit<ClientFilterQuery, "sort" | "responsible"> & {
  responsible?: string | undefined;
};

/**
 * Which clients a search and its filters find: for the list, its total, the CSV export and
 * "select all". `key` names the search for the kept totals (the same clients, whatever the sort).
 */
export function clientFilter(scope: CompanyScope, query: ClientFilter): { where: SQL; key: string } {
  const words = (query.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const conditions: (SQL | undefined)[] = [];
  if (query.status === "active") conditions.push(isNull(clients.archivedAt));
  if (query.status === "archived") conditions.push(isNotNull(clients.archivedAt));
  for (const word of words) {
    conditions.push(like(clients.searchText, `%${escapeLike(word)}%`));
  }
  if (query.xero) {
    const linked = scope.db
      .select({ id: syncRecords.localId })
      .from(syncRecords)
      .where(
        and(
          eq(syncRecords.companyId, scope.companyId),
          eq(syncRecords.entity, "client"),
          eq(syncRecords.provider, "xero"),
        ),
      );
    conditions.push(query.xero === "linked" ? inArray(clients.id, linked) : notInArray(clients.id, linked));
  }
  if (query.importId) {
    const touched = scope.db
      .select({ id: importCandidates.clientId })
      .from(importCandidates)
      .where(
        and(
          eq(importCandidates.runId, query.importId),
          eq(importCandidates.companyId, scope.companyId),
          inArray(importCandidates.outcome, ["created", "updated"]),
        ),
      );
    conditions.push(inArray(clients.id, touched));
  }
  if (query.responsible === "none") conditions.push(isNull(clients.responsibleUserId));
  else if (query.responsible) conditions.push(eq(clients.responsibleUserId, query.responsible));
  const key = JSON.stringify([
    words,
    query.status,
    query.xero ?? null,
    query.importId ?? null,
    query.responsible ?? null,
  ]);
  return { where: scope.where(clients, ...conditions), key };
}
