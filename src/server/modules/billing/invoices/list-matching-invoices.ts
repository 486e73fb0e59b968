import { count } from "drizzle-orm";
import {
  INVOICE_BULK_LIMIT,
  type InvoiceFilterQuery,
  type MatchingInvoices,
} from "../../../../shared/api/invoices.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { invoices } from "../../../db/schema/invoices.js";
import { invoiceQuery } from "./invoice-filter.js";
import { listColumns, toListItem } from "./list-invoices.js";

export interface ListMatchingInvoicesInput {
  filter: InvoiceFilterQuery;
  now: Date;
}

/**
 * "Select all that match": every invoice the filter finds, in the list's order, as list rows
 * (a bulk action needs each one's status and number), at most INVOICE_BULK_LIMIT.
 */
export async function listMatchingInvoices(
  scope: CompanyScope,
  { filter, now }: ListMatchingInvoicesInput,
): Promise<MatchingInvoices> {
  const query = await invoiceQuery(scope, filter, now);
  const rows = await scope.db
    .select(listColumns(query))
    .from(invoices)
    .where(query.where)
    .orderBy(...query.orderBy)
    .limit(INVOICE_BULK_LIMIT + 1);
  if (rows.length <= INVOICE_BULK_LIMIT) return { items: rows.map(toListItem), total: rows.length };
  const [row] = await scope.db.select({ n: count() }).from(invoices).where(query.where);
  return { items: rows.slice(0, INVOICE_BULK_LIMIT).map(toListItem), total: row?.n ?? 0 };
}
