import { AppError } from "../../../lib/errors.js";
import type { InvoiceRow } from "./get-invoice.js";

/** An issued invoice or credit note is final: 409 with what to do instead. */
export function assertInProgress(row: InvoiceRow, action: "edited" | "deleted"): void {
  if (row.status === "in_progress") return;
  const what = row.kind === "credit_note" ? `Credit note ${row.number}` : `Invoice ${row.number}`;
  const instead = row.kind === "credit_note" ? "" : " To correct it, make a credit note for it.";
  throw new AppError("conflict", `${what} is issued and can no longer be ${action}.${instead}`);
}
