import { eq } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { invoices } from "../../../db/schema/invoices.js";
import { assertInProgress } from "./editable.js";
import { findInvoiceRow } from "./get-invoice.js";

/** Deletes an In progress invoice with its lines (409 once issued: numbers leave no gaps). */
export async function deleteInvoice(scope: CompanyScope, id: string): Promise<void> {
  await scope.transaction(async (tx) => {
    assertInProgress(await findInvoiceRow(tx, id, { forUpdate: true }), "deleted");
    await tx.delete(invoices, eq(invoices.id, id));
  });
}
