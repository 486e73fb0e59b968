import { randomUUID } from "node:crypto";
import type { SandboxState } from "../state.js";
import type { ValidationErrorItem } from "./errors.js";
import { byId } from "./ids.js";
import {
  type AccountRecord,
  amountDue,
  type Books,
  findAccountByCode,
  type InvoiceRecord,
  type PaymentRecord,
} from "./records.js";
import { startOfUtcDay } from "./xero-date.js";

/**
 * Applying and removing payments. A payment must go to an authorised invoice, be positive
 * and not exceed what is still due; it raises AmountPaid, lowers AmountDue and, when nothing
 * is left to pay, makes the invoice PAID with FullyPaidOnDate set to the payment's date.
 */

export interface PaymentInput {
  invoice?: InvoiceRecord;
  account?: AccountRecord;
  /** cents */
  amount: bigint;
  date: number;
  reference?: string;
  isReconciled?: boolean;
}

export type PaymentOutcome =
  | { ok: true; payment: PaymentRecord }
  | { ok: false; errors: ValidationErrorItem[] };

/** The account payments go to when none is named: the organisation's first active bank account. */
export function defaultPaymentAccount(books: Books): AccountRecord | undefined {
  for (const account of books.accounts.values()) {
    if (account.Status === "ACTIVE" && account.Type === "BANK") return account;
  }
  return undefined;
}

export function resolvePaymentAccount(
  books: Books,
  ref: { AccountID?: string; Code?: string },
): AccountRecord | undefined {
  return ref.AccountID
    ? byId(books.accounts, ref.AccountID)
    : ref.Code
      ? findAccountByCode(books, ref.Code)
      : undefined;
}

export function applyPayment(
  state: SandboxState,
  tenantId: string,
  books: Books,
  input: PaymentInput,
): PaymentOutcome {
  const errors: ValidationErrorItem[] = [];
  const { invoice, account } = input;
  if (!invoice) errors.push({ Message: "The invoice to pay could not be found." });
  if (!account) errors.push({ Message: "An Account (AccountID or Code) must be specified for the payment." });
  else if (account.Status !== "ACTIVE" || (account.Type !== "BANK" && !account.EnablePaymentsToAccount)) {
    errors.push({ Message: `Payments cannot be made to account ${account.Code}.` });
  }
  if (input.amount <= 0n) errors.push({ Message: "The payment amount must be greater than zero." });
  if (invoice && invoice.Status !== "AUTHORISED") {
    errors.push({ Message: "Payments can only be made against invoices with a status of AUTHORISED." });
  } else if (invoice && input.amount > BigInt(amountDue(invoice))) {
    errors.push({ Message: "The payment amount exceeds the amount outstanding on this document." });
  }
  if (errors.length > 0 || !invoice || !account) return { ok: false, errors };

  const now = state.clock.now();
  const payment: PaymentRecord = {
    PaymentID: randomUUID(),
    InvoiceID: invoice.InvoiceID,
    AccountID: account.AccountID,
    Date: startOfUtcDay(input.date),
    Amount: Number(input.amount),
    Reference: input.reference,
    IsReconciled: input.isReconciled ?? false,
    Status: "AUTHORISED",
    PaymentType: invoice.Type === "ACCREC" ? "ACCRECPAYMENT" : "ACCPAYPAYMENT",
    UpdatedDateUTC: now,
  };
  books.payments.set(payment.PaymentID.toLowerCase(), payment);
  invoice.PaymentIDs.push(payment.PaymentID);
  invoice.AmountPaid += payment.Amount;
  if (amountDue(invoice) === 0) {
    invoice.Status = "PAID";
    invoice.FullyPaidOnDate = latestPaymentDate(books, invoice);
  }
  invoice.UpdatedDateUTC = now;
  state.webhooks.emit(tenantId, "INVOICE", "UPDATE", invoice.InvoiceID);
  return { ok: true, payment };
}

/** The date of the invoice's latest payment: the day it became fully paid, whatever order payments were entered in. */
function latestPaymentDate(books: Books, invoice: InvoiceRecord): number | undefined {
  let latest: number | undefined;
  for (const id of invoice.PaymentIDs) {
    const payment = byId(books.payments, id);
    if (payment?.Status === "AUTHORISED" && (latest === undefined || payment.Date > latest))
      latest = payment.Date;
  }
  return latest;
}

/** Deleting a payment gives its amount back to the invoice, which becomes AUTHORISED again. */
export function deletePayment(
  state: SandboxState,
  tenantId: string,
  books: Books,
  payment: PaymentRecord,
): void {
  if (payment.Status === "DELETED") return;
  const now = state.clock.now();
  payment.Status = "DELETED";
  payment.UpdatedDateUTC = now;
  const invoice = byId(books.invoices, payment.InvoiceID);
  if (!invoice) return;
  invoice.AmountPaid -= payment.Amount;
  if (invoice.Status === "PAID") {
    invoice.Status = "AUTHORISED";
    invoice.FullyPaidOnDate = undefined;
  }
  invoice.UpdatedDateUTC = now;
  state.webhooks.emit(tenantId, "INVOICE", "UPDATE", invoice.InvoiceID);
}
