import { asc, eq } from "drizzle-orm";
import type { Invoice } from "../../../../shared/api/invoices.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { invoiceLines, invoices } from "../../../db/schema/invoices.js";
import { notFound } from "../../../lib/errors.js";
import { fixed, shortest, unitPriceText } from "../numeric-text.js";
import { priceLines } from "./prepare-invoices.js";

export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceLineRow = typeof invoiceLines.$inferSelect;

/** The invoice row, locked until the transaction ends when `forUpdate`; 404 if not the company's. */
export async function findInvoiceRow(
  scope: CompanyScope,
  id: string,
  { forUpdate = false } = {},
): Promise<InvoiceRow> {
  const query = scope.db
    .select()
    .from(invoices)
    .where(scope.where(invoices, eq(invoices.id, id)))
    .limit(1);
  const [row] = forUpdate ? await query.for("update") : await query;
  if (!row) throw notFound("The invoice");
  return row;
}

export function findInvoiceLines(scope: CompanyScope, invoiceId: string): Promise<InvoiceLineRow[]> {
  return scope.db
    .select()
    .from(invoiceLines)
    .where(scope.where(invoiceLines, eq(invoiceLines.invoiceId, invoiceId)))
    .orderBy(asc(invoiceLines.position));
}

/** One invoice or credit note with its lines, VAT by rate, and its links to credit notes. */
export async function getInvoice(scope: CompanyScope, id: string): Promise<Invoice> {
  const row = await findInvoiceRow(scope, id);
  // One query at a time: callers may be inside a transaction, on its one connection.
  const lines = await findInvoiceLines(scope, id);
  const creditNotes = await scope.db
    .select({ id: invoices.id, number: invoices.number, total: invoices.total })
    .from(invoices)
    .where(scope.where(invoices, eq(invoices.creditedInvoiceId, id)))
    .orderBy(asc(invoices.numberSequence), asc(invoices.createdAt));
  const credited = row.creditedInvoiceId
    ? await scope.first(invoices, eq(invoices.id, row.creditedInvoiceId))
    : undefined;
  // Stored prices are already rounded as they were saved: 4 decimals leaves them as they are.
  const totals = priceLines(lines, row.amountsAre, 4);
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    status: row.status,
    client: { id: row.clientId, name: row.clientName },
    date: row.date,
    dueDate: row.dueDate,
    currency: row.currency,
    reference: row.reference,
    amountsAre: row.amountsAre,
    lines: lines.map((l) => ({
      id: l.id,
      productId: l.productId,
      description: l.description,
      quantity: shortest(l.quantity),
      unitPrice: unitPriceText(l.unitPrice),
      discountRate: l.discountRate === null ? null : shortest(l.discountRate),
      vatRateId: l.vatRateId,
      vatRate: shortest(l.taxRate),
      resourceCodeId: l.resourceCodeId,
      lineAmount: fixed(l.lineAmount, 2),
      taxAmount: fixed(l.taxAmount, 2),
      period: l.period,
    })),
    subTotal: fixed(row.subTotal, 2),
    totalTax: fixed(row.totalTax, 2),
    total: fixed(row.total, 2),
    taxByRate: totals.taxByRate.map((t) => ({
      vatRateId: t.taxRateId,
      rate: t.rate,
      net: t.net,
      tax: t.tax,
    })),
    creditedInvoiceId: row.creditedInvoiceId,
    creditedInvoiceNumber: credited?.number ?? null,
    creditNotes: creditNotes.map((c) => ({ id: c.id, number: c.number, total: fixed(c.total, 2) })),
    issuedAt: row.issuedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
