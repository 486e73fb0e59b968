import { eq } from "drizzle-orm";
import type { Invoice, InvoiceLineInput, UpdateInvoiceBody } from "../../../../shared/api/invoices.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { invoiceLines, invoices } from "../../../db/schema/invoices.js";
import { AppError } from "../../../lib/errors.js";
import { assertInProgress } from "./editable.js";
import { findInvoiceLines, findInvoiceRow, getInvoice, type InvoiceLineRow } from "./get-invoice.js";
import { type InvoiceLineDraft, prepareInvoices } from "./prepare-invoices.js";

export interface UpdateInvoiceInput {
  id: string;
  changes: UpdateInvoiceBody;
  now: Date;
}

/**
 * Edits an In progress invoice (409 once issued). Absent fields keep their values (a new
 * client keeps the invoice's currency unless one is given); `lines` replaces all lines. A new
 * date without a due date moves the due date by the payment terms.
 * Totals are computed again on every save, so they always match the lines.
 */
export async function updateInvoice(
  scope: CompanyScope,
  { id, changes, now }: UpdateInvoiceInput,
): Promise<Invoice> {
  await scope.transaction(async (tx) => {
    const row = await findInvoiceRow(tx, id, { forUpdate: true });
    assertInProgress(row, "edited");
    const saved = await findInvoiceLines(tx, id);
    const lines: InvoiceLineDraft[] = changes.lines
      ? keepContractLinks(changes.lines, saved)
      : saved.map((l) => ({
          productId: l.productId,
          description: l.description,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          discountRate: l.discountRate,
          vatRateId: l.vatRateId,
          resourceCodeId: l.resourceCodeId,
          contractLineId: l.contractLineId,
          period: l.period,
        }));
    const [prepared] = await prepareInvoices(
      tx,
      [
        {
          clientId: changes.clientId ?? row.clientId,
          date: changes.date ?? row.date,
          dueDate: changes.dueDate ?? (changes.date ? undefined : row.dueDate),
          currency: changes.currency ?? row.currency,
          reference: changes.reference !== undefined ? changes.reference : row.reference,
          amountsAre: changes.amountsAre ?? row.amountsAre,
          lines,
        },
      ],
      { userId: row.createdBy, now },
    );
    const { createdBy: _, createdAt: __, billingRunId: ___, ...values } = prepared!.invoice;
    await tx.update(invoices, values, eq(invoices.id, id));
    await tx.delete(invoiceLines, eq(invoiceLines.invoiceId, id));
    if (prepared!.lines.length > 0) {
      await tx.insertMany(
        invoiceLines,
        prepared!.lines.map((line) => ({ ...line, invoiceId: id })),
      );
    }
  });
  return getInvoice(scope, id);
}

/**
 * Lines sent back with their id keep the contract line and period automated billing gave them
 * (what the line bills stays traceable after an edit); an id not of this invoice is refused.
 */
function keepContractLinks(sent: InvoiceLineInput[], saved: InvoiceLineRow[]): InvoiceLineDraft[] {
  const byId = new Map(saved.map((line) => [line.id, line]));
  return sent.map(({ id, ...line }, index) => {
    if (id === undefined) return line;
    const before = byId.get(id);
    if (!before) {
      const message = "That line is not on this invoice (any more): reload the invoice and try again.";
      throw new AppError("validation_failed", message, [{ field: `lines.${index}.id`, message }]);
    }
    byId.delete(id);
    return { ...line, contractLineId: before.contractLineId, period: before.period };
  });
}
