import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import type { Invoice } from "../../../../shared/api/invoices.js";
import { todayIn } from "../../../../shared/calendar-dates.js";
import { Decimal } from "../../../../shared/money/decimal.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { invoiceLines, invoices } from "../../../db/schema/invoices.js";
import { AppError } from "../../../lib/errors.js";
import { getCompanyRow } from "../../companies/get-company.js";
import { findInvoiceLines, findInvoiceRow, getInvoice, type InvoiceLineRow } from "./get-invoice.js";
import { rethrowNumberTaken } from "./issue-invoice.js";
import { issueSnapshots } from "./issue-snapshots.js";
import { priceLines } from "./prepare-invoices.js";
import { takeInvoiceNumber } from "./take-invoice-number.js";

export interface CreateCreditNoteInput {
  invoiceId: string;
  /** The invoice's lines to credit; all of them when absent. */
  lineIds?: string[];
  userId: string;
  now: Date;
}

/** How much of each line earlier credit notes left to credit (their quantities are negative). */
async function remainingQuantities(tx: CompanyScope, lines: InvoiceLineRow[]) {
  const credited = await tx.db
    .select({ lineId: invoiceLines.creditedLineId, quantity: sql<string>`sum(${invoiceLines.quantity})` })
    .from(invoiceLines)
    .where(
      tx.where(
        invoiceLines,
        inArray(
          invoiceLines.creditedLineId,
          lines.map((l) => l.id),
        ),
      ),
    )
    .groupBy(invoiceLines.creditedLineId);
  const byLine = new Map(credited.map((c) => [c.lineId, Decimal.parse(c.quantity)]));
  return new Map(lines.map((l) => [l.id, Decimal.parse(l.quantity).plus(byLine.get(l.id) ?? Decimal.ZERO)]));
}

/**
 * Credits an issued invoice: all its lines, or the chosen ones, with negative quantities. The
 * credit note is created issued (status Created), numbered at once from the invoice sequence,
 * dated today in the company's time zone, and linked to the invoice. A line is never credited
 * beyond its quantity: what earlier credit notes took is deducted, and a fully credited line
 * or invoice is refused (409).
 */
export async function createCreditNote(
  scope: CompanyScope,
  { invoiceId, lineIds, userId, now }: CreateCreditNoteInput,
): Promise<Invoice> {
  const creditNoteId = randomUUID();
  try {
    await scope.transaction(async (tx) => {
      // Locked: two credit notes for one invoice are made one after the other.
      const invoice = await findInvoiceRow(tx, invoiceId, { forUpdate: true });
      if (invoice.kind === "credit_note") {
        throw new AppError("conflict", "A credit note cannot be credited. Make a new invoice instead.");
      }
      if (invoice.status !== "created") {
        throw new AppError(
          "conflict",
          "Only an issued invoice can be credited. This one is in progress: edit or delete it instead.",
        );
      }
      const lines = await findInvoiceLines(tx, invoiceId);
      if (lineIds) {
        const unknown = lineIds.find((id) => !lines.some((l) => l.id === id));
        if (unknown) {
          const message = `Line ${unknown} is not on invoice ${invoice.number}.`;
          throw new AppError("not_found", message, [{ field: "lineIds", message }]);
        }
      }
      const remaining = await remainingQuantities(tx, lines);
      const chosen = lineIds ? lines.filter((l) => lineIds.includes(l.id)) : lines;
      const full = chosen.find((l) => lineIds && !remaining.get(l.id)!.isPositive());
      if (full) {
        throw new AppError(
          "conflict",
          `Line ${full.position + 1} of ${invoice.number} (${full.description}) is already credited in full.`,
        );
      }
      const toCredit = chosen.filter((l) => remaining.get(l.id)!.isPositive());
      if (toCredit.length === 0) {
        throw new AppError("conflict", `Invoice ${invoice.number} is already credited in full.`);
      }

      const lineValues = toCredit.map((l, position) => ({
        id: randomUUID(),
        position,
        productId: l.productId,
        description: l.description,
        quantity: remaining.get(l.id)!.negated().toString(),
        unitPrice: l.unitPrice,
        discountRate: l.discountRate,
        vatRateId: l.vatRateId,
        // The invoice's rate, as it was charged, whatever the VAT rate says today.
        taxRate: l.taxRate,
        resourceCodeId: l.resourceCodeId,
        creditedLineId: l.id,
      }));
      const totals = priceLines(lineValues, invoice.amountsAre, 4);
      const taken = await takeInvoiceNumber(tx);
      const snapshots = await issueSnapshots(tx, invoice.clientId, taken.settings);
      const today = todayIn((await getCompanyRow(tx)).timeZone, now);
      await tx.insert(invoices, {
        id: creditNoteId,
        kind: "credit_note",
        status: "created",
        number: taken.number,
        numberSequence: taken.sequence,
        clientId: invoice.clientId,
        clientSnapshot: snapshots.client,
        firmSnapshot: snapshots.firm,
        date: today,
        dueDate: today,
        currency: invoice.currency,
        reference: invoice.reference,
        amountsAre: invoice.amountsAre,
        subTotal: totals.subTotal,
        totalTax: totals.totalTax,
        total: totals.total,
        creditedInvoiceId: invoice.id,
        createdBy: userId,
        issuedAt: now,
        issuedBy: userId,
        createdAt: now,
        updatedAt: now,
      });
      await tx.insertMany(
        invoiceLines,
        lineValues.map((l, i) => ({
          ...l,
          invoiceId: creditNoteId,
          lineAmount: totals.lines[i]!.lineAmount,
          taxAmount: totals.lines[i]!.taxAmount,
        })),
      );
      await tx.update(invoices, { updatedAt: now }, eq(invoices.id, invoice.id));
    });
  } catch (error) {
    rethrowNumberTaken(error);
  }
  return getInvoice(scope, creditNoteId);
}
