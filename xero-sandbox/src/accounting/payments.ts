import { isRecord } from "../http.js";
import type { ApiContext, ApiRequest } from "./api-context.js";
import { batchAnswer, type ElementOutcome, readElements } from "./batch.js";
import { parseDecimal, toNumber } from "./decimal.js";
import { compact, envelopeResponse } from "./envelope.js";
import { notFound, type ValidationErrorItem } from "./errors.js";
import { byId } from "./ids.js";
import { findInvoice } from "./invoices.js";
import { listRecords } from "./listing.js";
import { applyPayment, deletePayment, resolvePaymentAccount } from "./payment-apply.js";
import type { Books, PaymentRecord } from "./records.js";
import type { ResourceRoute } from "./resource-route.js";
import { msDate, parseDateInput } from "./xero-date.js";

const FIELDS = [
  "PaymentID",
  "Date",
  "Amount",
  "BankAmount",
  "Reference",
  "CurrencyRate",
  "PaymentType",
  "Status",
  "UpdatedDateUTC",
  "IsReconciled",
  "Account",
  "Invoice",
  "HasAccount",
];

export function paymentToWire(books: Books, payment: PaymentRecord): Record<string, unknown> {
  const invoice = byId(books.invoices, payment.InvoiceID);
  const account = byId(books.accounts, payment.AccountID);
  const contact = invoice ? byId(books.contacts, invoice.ContactID) : undefined;
  return compact({
    PaymentID: payment.PaymentID,
    Date: msDate(payment.Date),
    BankAmount: toNumber(payment.Amount, 2),
    Amount: toNumber(payment.Amount, 2),
    Reference: payment.Reference,
    CurrencyRate: 1,
    PaymentType: payment.PaymentType,
    Status: payment.Status,
    UpdatedDateUTC: msDate(payment.UpdatedDateUTC),
    HasAccount: true,
    IsReconciled: payment.IsReconciled,
    Account: account ? { AccountID: account.AccountID, Code: account.Code } : undefined,
    Invoice: invoice
      ? {
          Type: invoice.Type,
          InvoiceID: invoice.InvoiceID,
          InvoiceNumber: invoice.InvoiceNumber,
          Contact: { ContactID: invoice.ContactID, Name: contact?.Name ?? "" },
          CurrencyCode: invoice.CurrencyCode,
        }
      : undefined,
    HasValidationErrors: false,
  });
}

function list(api: ApiContext, request: ApiRequest): Response {
  const result = listRecords(request, {
    records: api.books.payments.values(),
    toWire: (p) => paymentToWire(api.books, p),
    typeName: "Payment",
    fields: FIELDS,
    updatedAt: (p) => p.UpdatedDateUTC,
    paged: true,
  });
  return result.ok ? envelopeResponse(api, "Payments", result.items, result.pagination) : result.response;
}

function get(api: ApiContext, request: ApiRequest): Response {
  const payment = byId(api.books.payments, request.id);
  return payment ? envelopeResponse(api, "Payments", [paymentToWire(api.books, payment)]) : notFound();
}

function stringOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/**
 * One payment: `Invoice` by InvoiceID or InvoiceNumber (or a top-level `InvoiceNumber`),
 * `Account` by AccountID or Code (or a top-level `Code`), `Date` and `Amount` required, as
 * Xero documents them (only `Reference` is optional).
 */
function createOne(api: ApiContext, element: Record<string, unknown>): ElementOutcome {
  const invoiceRef = isRecord(element.Invoice) ? element.Invoice : {};
  const invoiceKey =
    stringOf(invoiceRef.InvoiceID) ?? stringOf(invoiceRef.InvoiceNumber) ?? stringOf(element.InvoiceNumber);
  const accountRef = isRecord(element.Account) ? element.Account : {};
  const amount = parseDecimal(element.Amount, 2);
  const date = parseDateInput(element.Date);
  const errors: ValidationErrorItem[] = [];
  if (amount.kind !== "ok") errors.push({ Message: "The payment Amount must be specified." });
  if (date.kind === "invalid") errors.push({ Message: `The Date '${date.text}' is not a valid date.` });
  if (date.kind === "missing") errors.push({ Message: "The payment Date must be specified." });
  if (amount.kind !== "ok" || date.kind !== "ok") return { ok: false, element, errors };
  const outcome = applyPayment(api.state, api.tenantId, api.books, {
    invoice: findInvoice(api.books, invoiceKey),
    account: resolvePaymentAccount(api.books, {
      AccountID: stringOf(accountRef.AccountID),
      Code: stringOf(accountRef.Code) ?? stringOf(element.Code),
    }),
    amount: amount.scaled,
    date: date.ms,
    reference: typeof element.Reference === "string" ? element.Reference : undefined,
    isReconciled: element.IsReconciled === true,
  });
  return outcome.ok
    ? { ok: true, wire: paymentToWire(api.books, outcome.payment) }
    : { ok: false, element, errors: outcome.errors };
}

function create(api: ApiContext, request: ApiRequest): Response {
  const parsed = readElements(request.bodyText, "Payments");
  if (!parsed.ok) return parsed.response;
  const outcomes = parsed.elements.map((element) => createOne(api, element));
  return batchAnswer(
    api,
    "Payments",
    outcomes,
    request.query.bool("summarizeErrors") !== false,
    "HasValidationErrors",
  );
}

/** POST /Payments/{id} with Status DELETED removes a payment; nothing else can change. */
function update(api: ApiContext, request: ApiRequest): Response {
  const payment = byId(api.books.payments, request.id);
  if (!payment) return notFound();
  const parsed = readElements(request.bodyText, "Payments");
  if (!parsed.ok) return parsed.response;
  const element = parsed.elements[0] ?? {};
  if (String(element.Status).toUpperCase() !== "DELETED") {
    return batchAnswer(
      api,
      "Payments",
      [{ ok: false, element, errors: [{ Message: "A payment can only be deleted." }] }],
      true,
      "HasValidationErrors",
    );
  }
  deletePayment(api.state, api.tenantId, api.books, payment);
  return envelopeResponse(api, "Payments", [paymentToWire(api.books, payment)]);
}

export const paymentsRoute: ResourceRoute = {
  name: "Payments",
  area: "payments",
  list,
  get,
  create,
  upsert: create,
  update,
};
