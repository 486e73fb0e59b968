import { asc, count, desc, type SQL, sql } from "drizzle-orm";
import type { Client, ClientList, ClientListQuery } from "../../../shared/api/clients.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { clients } from "../../db/schema/clients.js";
import { type ClientFilter, clientFilter } from "./client-filter.js";
import { clientJson } from "./client-json.js";
import type { ClientTotals } from "./client-totals.js";

export const SORTS: Record<ClientListQuery["sort"], SQL[]> = {
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
export async function listClients(
  scope: CompanyScope,
  totals: ClientTotals,
  query: ClientFilter & Pick<ClientListQuery, "sort" | "page" | "pageSize">,
): Promise<ClientList> {
  // Which clients the search finds, whatever the sort and page: its total holds for every page.
  const { where, key } = clientFilter(scope, query);
  const countMatches = async () =>
    (await scope.db.select({ n: count() }).from(clients).where(where))[0]?.n ?? 0;
  // The page is chosen from clients alone; only its rows are built into JSON. Named "clients",
  // the page stands for the table in clientJson and in the sort.
  const page = scope.db
    .select()
    .from(clients)
    .where(where)
    .orderBy(...SORTS[query.sort])
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [{ rows }, total] = await Promise.all([
    scope.db.execute(sql`select ${clientJson(scope)} as client from (${page}) as ${clients}
      order by ${sql.join(SORTS[query.sort], sql`, `)}`) as Promise<{ rows: { client: Client }[] }>,
    totals.total(scope.companyId, key, countMatches),
  ]);
  return {
    items: rows.map((r) => r.client),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
