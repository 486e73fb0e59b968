import { toNumber } from "./decimal.js";
import { compact } from "./envelope.js";
import { byId } from "./ids.js";
import { amountDue, type Books, findItemByCode, type InvoiceRecord, type LineItemRecord } from "./records.js";
import { type UnitDp, unitAmountOut } from "./unitdp.js";
import { dateString, msDate } from "./xero-date.js";

export const INVOICE_FIELDS = [
  "Type",
  "InvoiceID",
  "InvoiceNumber",
  "Reference",
  "Contact",
  "Date",
  "DueDate",
  "Status",
  "LineAmountTypes",
  "LineItems",
  "SubTotal",
  "TotalTax",
  "Total",
  "TotalDiscount",
  "AmountDue",
  "AmountPaid",
  "AmountCredited",
  "CurrencyCode",
  "CurrencyRate",
  "FullyPaidOnDate",
  "UpdatedDateUTC",
  "SentToContact",
  "ExpectedPaymentDate",
  "BrandingThemeID",
  "Url",
  "IsDiscounted",
  "HasAttachments",
  "HasErrors",
  "Payments",
  "CreditNotes",
];

export function lineItemToWire(books: Books, line: LineItemRecord, dp: UnitDp): Record<string, unknown> {
  const item = line.ItemCode ? findItemByCode(books, line.ItemCode) : undefined;
  return compact({
    LineItemID: line.LineItemID,
    ItemCode: line.ItemCode,
    Item: item ? { ItemID: item.ItemID, Name: item.Name, Code: item.Code } : undefined,
    Description: line.Description,
    Quantity: toNumber(line.Quantity, 4),
    UnitAmount: unitAmountOut(line.UnitAmount, dp),
    AccountCode: line.AccountCode,
    AccountID: line.AccountID,
    TaxType: line.TaxType,
    TaxAmount: toNumber(line.TaxAmount, 2),
    LineAmount: toNumber(line.LineAmount, 2),
    DiscountRate: line.DiscountRate === undefined ? undefined : toNumber(line.DiscountRate, 2),
    DiscountAmount: line.DiscountAmount === undefined ? undefined : toNumber(line.DiscountAmount, 2),
    Tracking: [],
  });
}

export interface InvoiceWireOptions {
  dp: UnitDp;
  /** Xero leaves line items out of unpaged invoice lists. */
  withLines: boolean;
  summaryOnly?: boolean;
}

export function invoiceToWire(
  books: Books,
  invoice: InvoiceRecord,
  options: InvoiceWireOptions,
): Record<string, unknown> {
  const contact = byId(books.contacts, invoice.ContactID);
  const payments = invoice.PaymentIDs.flatMap((id) => {
    const p = byId(books.payments, id);
    return p && p.Status === "AUTHORISED" ? [p] : [];
  });
  const full = !options.summaryOnly;
  return compact({
    Type: invoice.Type,
    InvoiceID: invoice.InvoiceID,
    InvoiceNumber: invoice.InvoiceNumber,
    Reference: invoice.Reference ?? "",
    Payments: full
      ? payments.map((p) => ({
          PaymentID: p.PaymentID,
          Date: msDate(p.Date),
          Amount: toNumber(p.Amount, 2),
          Reference: p.Reference ?? "",
          CurrencyRate: 1,
          HasAccount: false,
          HasValidationErrors: false,
        }))
      : undefined,
    CreditNotes: full ? [] : undefined,
    Prepayments: full ? [] : undefined,
    Overpayments: full ? [] : undefined,
    AmountDue: toNumber(amountDue(invoice), 2),
    AmountPaid: toNumber(invoice.AmountPaid, 2),
    AmountCredited: toNumber(invoice.AmountCredited, 2),
    SentToContact: invoice.SentToContact,
    CurrencyRate: invoice.CurrencyRate,
    IsDiscounted: invoice.TotalDiscount !== 0,
    HasAttachments: false,
    HasErrors: false,
    Contact: compact({
      ContactID: invoice.ContactID,
      ContactNumber: full ? contact?.ContactNumber : undefined,
      Name: contact?.Name ?? "",
      ContactStatus: full ? contact?.ContactStatus : undefined,
      FirstName: full ? contact?.FirstName : undefined,
      LastName: full ? contact?.LastName : undefined,
      EmailAddress: full ? contact?.EmailAddress : undefined,
      HasValidationErrors: false,
    }),
    DateString: dateString(invoice.Date),
    Date: msDate(invoice.Date),
    DueDateString: invoice.DueDate === undefined ? undefined : dateString(invoice.DueDate),
    DueDate: invoice.DueDate === undefined ? undefined : msDate(invoice.DueDate),
    ExpectedPaymentDate:
      invoice.ExpectedPaymentDate === undefined ? undefined : msDate(invoice.ExpectedPaymentDate),
    BrandingThemeID: invoice.BrandingThemeID,
    Url: invoice.Url,
    Status: invoice.Status,
    LineAmountTypes: invoice.LineAmountTypes,
    LineItems:
      options.withLines && full
        ? invoice.LineItems.map((l) => lineItemToWire(books, l, options.dp))
        : undefined,
    SubTotal: toNumber(invoice.SubTotal, 2),
    TotalTax: toNumber(invoice.TotalTax, 2),
    Total: toNumber(invoice.Total, 2),
    TotalDiscount: invoice.TotalDiscount !== 0 ? toNumber(invoice.TotalDiscount, 2) : undefined,
    UpdatedDateUTC: msDate(invoice.UpdatedDateUTC),
    CurrencyCode: invoice.CurrencyCode,
    FullyPaidOnDate: invoice.FullyPaidOnDate === undefined ? undefined : msDate(invoice.FullyPaidOnDate),
  });
}
