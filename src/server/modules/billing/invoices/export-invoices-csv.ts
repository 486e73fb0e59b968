import type { InvoiceListQuery } from "../../../../shared/api/invoices.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { invoices } from "../../../db/schema/invoices.js";
import { csvRow, text, UTF8_BOM } from "../../../lib/csv.js";
import { type InvoiceFilter, invoiceQuery } from "./invoice-filter.js";
import { listColumns, toListItem } from "./list-invoices.js";

const BATCH = 1000;
const HEADER = [
  "Number",
  "Type",
  "Status",
  "Overdue",
  "Client",
  "Date",
  "Due date",
  "Currency",
  "Reference",
  "Subtotal",
  "VAT",
  "Total",
];

export interface InvoicesCsv {
  filename: string;
  /** The file in pieces: the header and the first rows, then a batch of rows at a time. */
  chunks: AsyncIterable<string>;
}

/**
 * Every invoice the list's filter shows (all pages), in the list's order, read in batches so a
 * firm's whole history never sits in memory at once. Amounts are decimal strings as stored.
 */
export async function exportInvoicesCsv(
  scope: CompanyScope,
  filter: InvoiceFilter | InvoiceListQuery,
  now: Date,
): Promise<InvoicesCsv> {
  const query = await invoiceQuery(scope, filter, now);
  const batch = (offset: number) =>
    scope.db
      .select(listColumns(query))
      .from(invoices)
      .where(query.where)
      .orderBy(...query.orderBy)
      .limit(BATCH)
      .offset(offset);
  // The first batch is read before answering, so a failure is an error answer, not a cut file.
  const first = await batch(0);
  const rows = (list: typeof first) =>
    list
      .map(toListItem)
      .map((i) =>
        csvRow([
          i.number,
          i.kind === "credit_note" ? "Credit note" : "Invoice",
          i.status === "created" ? "Created" : "In progress",
          i.overdue ? "yes" : "",
          text(i.client.name),
          i.date,
          i.dueDate,
          i.currency,
          text(i.reference),
          i.subTotal,
          i.totalTax,
          i.total,
        ]),
      )
      .join("");
  async function* chunks() {
    yield UTF8_BOM + csvRow(HEADER) + rows(first);
    for (let offset = BATCH, last = first; last.length === BATCH; offset += BATCH) {
      last = await batch(offset);
      if (last.length > 0) yield rows(last);
    }
  }
  return { filename: `invoices-${query.today}.csv`, chunks: chunks() };
}
