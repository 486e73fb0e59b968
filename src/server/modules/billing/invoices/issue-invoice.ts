import { count, eq } from "drizzle-orm";
import type { Invoice } from "../../../../shared/api/invoices.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { isUniqueViolation } from "../../../db/errors.js";
import { invoiceLines, invoices } from "../../../db/schema/invoices.js";
import { AppError } from "../../../lib/errors.js";
import { findInvoiceRow, getInvoice } from "./get-invoice.js";
import { issueSnapshots } from "./issue-snapshots.js";
import { takeInvoiceNumber } from "./take-invoice-number.js";

export interface IssueInvoiceInput {
  id: string;
  userId: string;
  now: Date;
}

/** A number already given (the next number was set back by hand): say how to go on. */
export function rethrowNumberTaken(error: unknown): never {
  if (isUniqueViolation(error, "invoices_number_key")) {
    throw new AppError(
      "conflict",
      "The next invoice number is already used by another invoice. Set a higher next number in Billing settings (Setup tab), then issue again.",
    );
  }
  throw error;
}

/**
 * In progress → Created: the invoice takes the next number and the client's and firm's details
 * are frozen on it, in one transaction. Refused (409) when already issued or empty.
 */
export async function issueInvoice(
  scope: CompanyScope,
  { id, userId, now }: IssueInvoiceInput,
): Promise<Invoice> {
  try {
    await scope.transaction(async (tx) => {
      const row = await findInvoiceRow(tx, id, { forUpdate: true });
      if (row.status !== "in_progress") {
        throw new AppError("conflict", `This invoice is already issued, as ${row.number}.`);
      }
      const [lines] = await tx.db
        .select({ n: count() })
        .from(invoiceLines)
        .where(tx.where(invoiceLines, eq(invoiceLines.invoiceId, id)));
      if (!lines?.n) {
        throw new AppError("conflict", "This invoice has no lines. Add a line before issuing it.");
      }
      const taken = await takeInvoiceNumber(tx);
      const snapshots = await issueSnapshots(tx, row.clientId, taken.settings);
      await tx.update(
        invoices,
        {
          status: "created",
          number: taken.number,
          numberSequence: taken.sequence,
          clientSnapshot: snapshots.client,
          firmSnapshot: snapshots.firm,
          issuedAt: now,
          issuedBy: userId,
          updatedAt: now,
        },
        eq(invoices.id, id),
      );
    });
  } catch (error) {
    rethrowNumberTaken(error);
  }
  return getInvoice(scope, id);
}
