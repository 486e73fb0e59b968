import { count, inArray } from "drizzle-orm";
import type { InvoiceList, InvoiceListItem, InvoiceListQuery } from "../../../../shared/api/invoices.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { invoices } from "../../../db/schema/invoices.js";
import type { ClientTotals } from "../../clients/client-totals.js";
import { fixed } from "../numeric-text.js";
import { type InvoiceQuery, invoiceQuery } from "./invoice-filter.js";

/** The columns a list row (and a CSV row) needs, never the lines. */
export function listColumns(query: InvoiceQuery) {
  return {
    id: invoices.id,
    kind: invoices.kind,
    number: invoices.number,
    status: invoices.status,
    overdue: query.overdue,
    clientId: invoices.clientId,
    clientName: invoices.clientName,
    date: invoices.date,
    dueDate: invoices.dueDate,
    currency: invoices.currency,
    reference: invoices.reference,
    subTotal: invoices.subTotal,
    totalTax: invoices.totalTax,
    total: invoices.total,
  };
}

export interface ListRow {
  id: string;
  kind: "invoice" | "credit_note";
  number: string | null;
  status: "in_progress" | "created";
  overdue: boolean;
  clientId: string;
  clientName: string;
  date: string;
  dueDate: string;
  currency: string;
  reference: string | null;
  subTotal: string;
  totalTax: string;
  total: string;
}

export function toListItem(row: ListRow): InvoiceListItem {
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    status: row.status,
    overdue: row.overdue,
    client: { id: row.clientId, name: row.clientName },
    date: row.date,
    dueDate: row.dueDate,
    currency: row.currency,
    reference: row.reference,
    subTotal: fixed(row.subTotal, 2),
    totalTax: fixed(row.totalTax, 2),
    total: fixed(row.total, 2),
  };
}

export interface ListInvoicesInput {
  filter: InvoiceListQuery;
  /** Keeps a filter's total for its next pages and sorts (see ClientTotals). */
  totals: ClientTotals;
  now: Date;
}

/**
 * All invoices: filtered, searched (number, client name), sorted and paged, with the total.
 * A filter's total is counted once and kept until the company's invoices or clients change.
 */
export async function listInvoices(
  scope: CompanyScope,
  { filter, totals, now }: ListInvoicesInput,
): Promise<InvoiceList> {
  const query = await invoiceQuery(scope, filter, now);
  // What decides which rows match, whatever the sort and page; "overdue" depends on the day.
  const key = `invoices:${JSON.stringify([
    filter.status ?? null,
    filter.clientId ?? null,
    filter.from ?? null,
    filter.to ?? null,
    query.words,
    filter.status === "overdue" ? query.today : null,
  ])}`;
  const countMatches = async () =>
    (await scope.db.select({ n: count() }).from(invoices).where(query.where))[0]?.n ?? 0;
  const [rows, total] = await Promise.all([
    // The page's ids first, then their rows: the offset is walked in an index alone (no table
    // reads for the rows skipped), which keeps a page 300 deep about as fast as the first.
    scope.db
      .select(listColumns(query))
      .from(invoices)
      .where(
        inArray(
          invoices.id,
          scope.db
            .select({ id: invoices.id })
            .from(invoices)
            .where(query.where)
            .orderBy(...query.orderBy)
            .limit(filter.limit)
            .offset((filter.page - 1) * filter.limit),
        ),
      )
      .orderBy(...query.orderBy),
    totals.total(scope.companyId, key, countMatches),
  ]);
  return { items: rows.map(toListItem), total };
}
