import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  like,
  notInArray,
  type SQL,
  sql,
} from "drizzle-orm";
import type { ClientList, ClientListQuery } from "../../../shared/api/clients.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { clientContacts, clients } from "../../db/schema/clients.js";
import { importCandidates } from "../../db/schema/imports.js";
import { syncRecords } from "../../db/schema/sync-records.js";
import { primaryJoin, toClient, xeroLinkJoin } from "./client-view.js";

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const SORTS: Record<ClientListQuery["sort"], SQL[]> = {
  name: [asc(sql`lower(${clients.name})`), asc(clients.id)],
  "-name": [desc(sql`lower(${clients.name})`), desc(clients.id)],
  createdAt: [asc(clients.createdAt), asc(clients.id)],
  "-createdAt": [desc(clients.createdAt), desc(clients.id)],
  updatedAt: [asc(clients.updatedAt), asc(clients.id)],
  "-updatedAt": [desc(clients.updatedAt), desc(clients.id)],
  registryCode: [asc(sql`lower(${clients.registryCode})`), asc(clients.id)],
  "-registryCode": [desc(sql`lower(${clients.registryCode})`), desc(clients.id)],
};

/** The client list: searched, filtered, sorted and paged, with the Integration column. */
export async function listClients(scope: CompanyScope, query: ClientListQuery): Promise<ClientList> {
  const conditions: (SQL | undefined)[] = [];
  if (query.status === "active") conditions.push(isNull(clients.archivedAt));
  if (query.status === "archived") conditions.push(isNotNull(clients.archivedAt));
  for (const word of (query.q ?? "").toLowerCase().split(/\s+/).filter(Boolean)) {
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
  const where = scope.where(clients, ...conditions);
  const [rows, [total]] = await Promise.all([
    scope.db
      .select({ client: clients, xeroContactId: syncRecords.remoteId, primary: clientContacts })
      .from(clients)
      .leftJoin(syncRecords, xeroLinkJoin(scope))
      .leftJoin(clientContacts, primaryJoin)
      .where(where)
      .orderBy(...SORTS[query.sort])
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    scope.db.select({ n: count() }).from(clients).where(where),
  ]);
  return {
    items: rows.map((r) => toClient(r.client, r.xeroContactId, r.primary)),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}
