import { randomUUID } from "node:crypto";
import { isRecord } from "../http.js";
import type { ApiContext } from "./api-context.js";
import { buildContact, findContactByName, findContactByNumber } from "./contact-input.js";
import type { ValidationErrorItem } from "./errors.js";
import { byId } from "./ids.js";
import { buildLines } from "./invoice-lines.js";
import { hasAllocations, parseStatus, transitionError } from "./invoice-status.js";
import type { LineAmountType } from "./invoice-totals.js";
import { dueDateFromTerms } from "./payment-terms.js";
import type { Books, ContactRecord, InvoiceRecord, InvoiceType } from "./records.js";
import type { UnitDp } from "./unitdp.js";
import { parseDateInput, startOfUtcDay } from "./xero-date.js";

/** Validates one invoice element and works out the invoice it describes, without saving it. */
export type InvoiceBuild =
  | { ok: true; record: InvoiceRecord; newContact?: ContactRecord }
  | { ok: false; errors: ValidationErrorItem[] };

const LINE_AMOUNT_TYPES: readonly LineAmountType[] = ["Exclusive", "Inclusive", "NoTax"];
/** Fields that may still change once money is allocated to an invoice. */
const ALWAYS_EDITABLE = new Set([
  "invoiceid",
  "status",
  "senttocontact",
  "expectedpaymentdate",
  "url",
  "reference",
]);

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  if (typeof value === "number") return String(value);
  return undefined;
}

function resolveContact(
  books: Books,
  raw: unknown,
  now: number,
  errors: ValidationErrorItem[],
): { contact?: ContactRecord; created?: ContactRecord } {
  if (!isRecord(raw)) {
    errors.push({ Message: "A Contact must be specified for this type of transaction" });
    return {};
  }
  const id = text(raw.ContactID);
  const number = text(raw.ContactNumber);
  const name = text(raw.Name);
  let contact: ContactRecord | undefined;
  if (id) {
    contact = byId(books.contacts, id);
    if (!contact) errors.push({ Message: `The contact with ContactID ${id} could not be found.` });
  } else if (number) {
    contact = findContactByNumber(books, number);
    if (!contact) errors.push({ Message: `The contact with ContactNumber ${number} could not be found.` });
  } else if (name) {
    contact = findContactByName(books, name);
    if (!contact) {
      // As at Xero: a contact named on an invoice that does not exist yet is created with it.
      const built = buildContact(books, raw, undefined, now);
      if (!built.ok) errors.push(...built.errors);
      else return { contact: built.record, created: built.record };
    }
  } else {
    errors.push({ Message: "A Contact must be specified for this type of transaction" });
  }
  if (contact && contact.ContactStatus !== "ACTIVE") {
    errors.push({
      Message: `The contact ${contact.Name} has been archived and cannot be used on this document.`,
    });
  }
  return { contact };
}

function nextInvoiceNumber(books: Books): string {
  for (;;) {
    const candidate = `INV-${String(books.nextInvoiceNumber).padStart(4, "0")}`;
    books.nextInvoiceNumber++;
    if (!books.salesInvoiceNumbers.has(candidate.toLowerCase())) return candidate;
  }
}

export function buildInvoice(
  api: ApiContext,
  element: Record<string, unknown>,
  existing: InvoiceRecord | undefined,
  dp: UnitDp,
): InvoiceBuild {
  const books = api.books;
  const now = api.state.clock.now();
  const errors: ValidationErrorItem[] = [];

  const typeText = text(element.Type)?.toUpperCase();
  const type: InvoiceType = existing?.Type ?? (typeText === "ACCPAY" ? "ACCPAY" : "ACCREC");
  if (!existing && typeText !== "ACCREC" && typeText !== "ACCPAY") {
    errors.push({ Message: "Invoice Type must be ACCREC or ACCPAY." });
  }
  const status = element.Status === undefined ? (existing?.Status ?? "DRAFT") : parseStatus(element.Status);
  if (!status)
    return { ok: false, errors: [{ Message: `Invoice Status '${String(element.Status)}' is not valid.` }] };
  const transition = transitionError(existing, status);
  if (transition) return { ok: false, errors: [{ Message: transition }] };
  if (existing && (status === "DELETED" || status === "VOIDED") && status !== existing.Status) {
    return { ok: true, record: { ...existing, Status: status, UpdatedDateUTC: now } };
  }
  if (
    existing &&
    hasAllocations(existing) &&
    Object.keys(element).some((k) => !ALWAYS_EDITABLE.has(k.toLowerCase()))
  ) {
    return {
      ok: false,
      errors: [
        { Message: "This document cannot be edited as it has a payment or credit note allocated to it." },
      ],
    };
  }

  let contact = existing ? byId(books.contacts, existing.ContactID) : undefined;
  let created: ContactRecord | undefined;
  if (element.Contact !== undefined || !existing) {
    const resolved = resolveContact(books, element.Contact, now, errors);
    contact = resolved.contact;
    created = resolved.created;
  }

  const dateInput = parseDateInput(element.Date);
  if (dateInput.kind === "invalid")
    errors.push({ Message: `The Date '${dateInput.text}' is not a valid date.` });
  const date = dateInput.kind === "ok" ? dateInput.ms : (existing?.Date ?? startOfUtcDay(now));
  const dueInput = parseDateInput(element.DueDate);
  if (dueInput.kind === "invalid")
    errors.push({ Message: `The DueDate '${dueInput.text}' is not a valid date.` });
  let dueDate = dueInput.kind === "ok" ? dueInput.ms : existing?.DueDate;
  if (dueDate === undefined && status !== "DRAFT") {
    dueDate = dueDateFromTerms(
      date,
      type === "ACCREC" ? books.organisation.PaymentTerms.Sales : books.organisation.PaymentTerms.Bills,
    );
  }
  if (dueDate !== undefined && dueDate < date)
    errors.push({ Message: "The Due Date must be on or after the invoice Date." });

  let lineAmountTypes: LineAmountType = existing?.LineAmountTypes ?? "Exclusive";
  if (element.LineAmountTypes !== undefined) {
    const found = LINE_AMOUNT_TYPES.find(
      (t) => t.toLowerCase() === String(element.LineAmountTypes).toLowerCase(),
    );
    if (found) lineAmountTypes = found;
    else errors.push({ Message: `LineAmountTypes '${String(element.LineAmountTypes)}' is not valid.` });
  }

  const currency =
    text(element.CurrencyCode)?.toUpperCase() ?? existing?.CurrencyCode ?? books.organisation.BaseCurrency;
  if (!books.currencies.some((c) => c.Code === currency)) {
    errors.push({ Message: `The currency code ${currency} is not valid for this organisation.` });
  }

  const invoiceNumber =
    element.InvoiceNumber === undefined ? existing?.InvoiceNumber : text(element.InvoiceNumber);
  if (invoiceNumber && invoiceNumber.length > 255)
    errors.push({ Message: "InvoiceNumber must be 255 characters or fewer." });
  if (type === "ACCREC" && invoiceNumber) {
    const holder = byId(books.invoices, books.salesInvoiceNumbers.get(invoiceNumber.toLowerCase()));
    if (holder && holder.InvoiceID !== existing?.InvoiceID && holder.Status !== "DELETED") {
      errors.push({ Message: "Invoice # must be unique." });
    }
  }

  const draft = status === "DRAFT";
  let lines = existing?.LineItems ?? [];
  let totals = existing
    ? {
        subTotal: BigInt(existing.SubTotal),
        totalTax: BigInt(existing.TotalTax),
        total: BigInt(existing.Total),
        totalDiscount: BigInt(existing.TotalDiscount),
      }
    : { subTotal: 0n, totalTax: 0n, total: 0n, totalDiscount: 0n };
  const lineSource = element.LineItems;
  let linesFailed = false;
  const revalidate =
    existing !== undefined && (element.LineAmountTypes !== undefined || element.Status !== undefined);
  if (lineSource !== undefined || revalidate) {
    const built = buildLines(
      lineSource ?? existingLinesAsInput(existing),
      {
        books,
        type,
        draft,
        lineAmountTypes,
        dp: lineSource === undefined ? 4 : dp,
        previous: existing?.LineItems ?? [],
      },
      errors,
    );
    if (built) {
      lines = built.lines;
      totals = built.totals;
    } else {
      linesFailed = true;
    }
  }
  if (!draft && !linesFailed && lines.length === 0)
    errors.push({ Message: "At least one line item must be specified." });
  if (!draft && totals.total < 0n) errors.push({ Message: "The total of this document cannot be negative." });
  if (errors.length > 0 || !contact) return { ok: false, errors };

  return {
    ok: true,
    newContact: created,
    record: {
      InvoiceID: existing?.InvoiceID ?? randomUUID(),
      Type: type,
      ContactID: contact.ContactID,
      InvoiceNumber: invoiceNumber ?? (type === "ACCREC" ? nextInvoiceNumber(books) : ""),
      Reference: element.Reference === undefined ? existing?.Reference : text(element.Reference),
      Date: date,
      DueDate: dueDate,
      Status: status,
      LineAmountTypes: lineAmountTypes,
      CurrencyCode: currency,
      CurrencyRate: existing?.CurrencyRate ?? 1,
      LineItems: lines,
      SubTotal: Number(totals.subTotal),
      TotalTax: Number(totals.totalTax),
      Total: Number(totals.total),
      TotalDiscount: Number(totals.totalDiscount),
      AmountPaid: existing?.AmountPaid ?? 0,
      AmountCredited: existing?.AmountCredited ?? 0,
      FullyPaidOnDate: existing?.FullyPaidOnDate,
      PaymentIDs: existing?.PaymentIDs ?? [],
      SentToContact:
        typeof element.SentToContact === "boolean"
          ? element.SentToContact
          : (existing?.SentToContact ?? false),
      ExpectedPaymentDate: existing?.ExpectedPaymentDate,
      BrandingThemeID: existing?.BrandingThemeID,
      Url: element.Url === undefined ? existing?.Url : text(element.Url),
      UpdatedDateUTC: now,
      createdByClientId: existing ? existing.createdByClientId : api.app.clientId,
    },
  };
}

/** Re-validates stored lines (e.g. when a draft is authorised, its lines then need accounts). */
function existingLinesAsInput(existing: InvoiceRecord | undefined): unknown[] {
  return (existing?.LineItems ?? []).map((l) => ({
    LineItemID: l.LineItemID,
    Description: l.Description,
    Quantity: String(Number(l.Quantity) / 10_000),
    UnitAmount: String(Number(l.UnitAmount) / 10_000),
    ItemCode: l.ItemCode,
    AccountCode: l.AccountCode,
    TaxType: l.TaxType,
    DiscountRate: l.DiscountRate === undefined ? undefined : String(l.DiscountRate / 100),
    DiscountAmount: l.DiscountAmount === undefined ? undefined : String(l.DiscountAmount / 100),
  }));
}

export function saveInvoice(books: Books, record: InvoiceRecord): void {
  const previous = byId(books.invoices, record.InvoiceID);
  if (
    previous?.Type === "ACCREC" &&
    previous.InvoiceNumber &&
    previous.InvoiceNumber !== record.InvoiceNumber
  ) {
    books.salesInvoiceNumbers.delete(previous.InvoiceNumber.toLowerCase());
  }
  books.invoices.set(record.InvoiceID.toLowerCase(), record);
  if (record.Type === "ACCREC" && record.InvoiceNumber) {
    books.salesInvoiceNumbers.set(record.InvoiceNumber.toLowerCase(), record.InvoiceID.toLowerCase());
  }
}
