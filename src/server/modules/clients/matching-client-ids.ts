import { count } from "drizzle-orm";
import { BULK_LIMIT, type ClientIds, type ClientListQuery } from "../../../shared/api/clients.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { clients } from "../../db/schema/clients.js";
import { type ClientFilter, clientFilter } from "./client-filter.js";
import { SORTS } from "./list-clients.js";

type Query = ClientFilter & Pick<ClientListQuery, "sort">;

/** The ids of the clients a filter finds, in the list's order. */
export async function matchingClientIds(
  scope: CompanyScope,
  query: Query,
  limit?: number,
): Promise<string[]> {
  const { where } = clientFilter(scope, query);
  const select = scope.db
    .select({ id: clients.id })
    .from(clients)
    .where(where)
    .orderBy(...SORTS[query.sort]);
  return (await (limit === undefined ? select : select.limit(limit))).map((r) => r.id);
}

/** "Select all N matching": the ids a bulk action takes (at most BULK_LIMIT), and how many match. */
export async function listClientIds(scope: CompanyScope, query: Query): Promise<ClientIds> {
  const ids = await matchingClientIds(scope, query, BULK_LIMIT + 1);
  if (ids.length <= BULK_LIMIT) return { ids, total: ids.length };
  const { where } = clientFilter(scope, query);
  const [row] = await scope.db.select({ n: count() }).from(clients).where(where);
  return { ids: ids.slice(0, BULK_LIMIT), total: row?.n ?? 0 };
}
