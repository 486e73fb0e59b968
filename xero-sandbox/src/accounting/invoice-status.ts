import type { InvoiceRecord, InvoiceStatus } from "./records.js";

/**
 * Xero's invoice life cycle: DRAFT → SUBMITTED → AUTHORISED → PAID (by payments only);
 * drafts and submitted invoices can be DELETED, authorised ones VOIDED while nothing is paid
 * or credited; paid, voided and deleted invoices cannot change.
 */
const CREATE_STATUSES: ReadonlySet<InvoiceStatus> = new Set(["DRAFT", "SUBMITTED", "AUTHORISED"]);

const NEXT: Record<InvoiceStatus, ReadonlySet<InvoiceStatus>> = {
  DRAFT: new Set(["DRAFT", "SUBMITTED", "AUTHORISED", "DELETED"]),
  SUBMITTED: new Set(["DRAFT", "SUBMITTED", "AUTHORISED", "DELETED"]),
  AUTHORISED: new Set(["AUTHORISED", "VOIDED"]),
  PAID: new Set(),
  VOIDED: new Set(),
  DELETED: new Set(),
};

export const STATUSES: readonly InvoiceStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "AUTHORISED",
  "PAID",
  "VOIDED",
  "DELETED",
];

export function parseStatus(value: unknown): InvoiceStatus | undefined {
  if (typeof value !== "string") return undefined;
  const upper = value.toUpperCase();
  return STATUSES.find((s) => s === upper);
}

/** An error message when `to` is not allowed, else undefined. */
export function transitionError(existing: InvoiceRecord | undefined, to: InvoiceStatus): string | undefined {
  if (!existing) {
    return CREATE_STATUSES.has(to)
      ? undefined
      : `Invoice status ${to} cannot be used when creating an invoice.`;
  }
  if (!NEXT[existing.Status].has(to)) return "Invoice not of valid status for modification";
  if (to === "VOIDED" && (existing.AmountPaid !== 0 || existing.AmountCredited !== 0)) {
    return "This document cannot be voided as it has a payment or credit note allocated to it.";
  }
  return undefined;
}

export function hasAllocations(invoice: InvoiceRecord): boolean {
  return invoice.AmountPaid !== 0 || invoice.AmountCredited !== 0;
}
