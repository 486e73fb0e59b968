import { computeTotals, type LineAmountType } from "../accounting/invoice-totals.js";
import {
  type Books,
  findAccountByCode,
  type InvoiceRecord,
  type InvoiceStatus,
  type InvoiceType,
  type LineItemRecord,
} from "../accounting/records.js";
import type { Prng } from "../prng.js";

/** Seeded records go through the same totals code as records created through the API. */

export interface LineSpec {
  description: string;
  /** plain number, e.g. 2 or 1.5 */
  quantity: number;
  /** plain number, at most 4 decimals */
  unitAmount: number;
  accountCode: string;
  taxType: string;
  itemCode?: string;
  discountRate?: number;
}

export function buildSeedLines(
  books: Books,
  prng: Prng,
  specs: readonly LineSpec[],
  lineAmountTypes: LineAmountType,
): { lines: LineItemRecord[]; subTotal: number; totalTax: number; total: number; totalDiscount: number } {
  const inputs = specs.map((spec) => ({
    quantity: BigInt(Math.round(spec.quantity * 10_000)),
    unitAmount: BigInt(Math.round(spec.unitAmount * 10_000)),
    discountRate: spec.discountRate ? BigInt(Math.round(spec.discountRate * 100)) : undefined,
    taxRate: lineAmountTypes === "NoTax" ? 0n : BigInt(books.taxRates.get(spec.taxType)?.EffectiveRate ?? 0),
  }));
  const totals = computeTotals(inputs, lineAmountTypes);
  const lines = specs.map((spec, i): LineItemRecord => {
    const input = inputs[i];
    const result = totals.lines[i];
    return {
      LineItemID: prng.uuid(),
      Description: spec.description,
      Quantity: Number(input?.quantity ?? 0n),
      UnitAmount: Number(input?.unitAmount ?? 0n),
      ItemCode: spec.itemCode,
      AccountCode: spec.accountCode,
      AccountID: findAccountByCode(books, spec.accountCode)?.AccountID,
      TaxType: spec.taxType,
      TaxAmount: Number(result?.taxAmount ?? 0n),
      LineAmount: Number(result?.lineAmount ?? 0n),
      DiscountRate: input?.discountRate === undefined ? undefined : Number(input.discountRate),
    };
  });
  return {
    lines,
    subTotal: Number(totals.subTotal),
    totalTax: Number(totals.totalTax),
    total: Number(totals.total),
    totalDiscount: Number(totals.totalDiscount),
  };
}

export interface InvoiceSpec {
  type: InvoiceType;
  contactId: string;
  number: string;
  reference?: string;
  date: number;
  dueDate: number;
  status: InvoiceStatus;
  lineAmountTypes: LineAmountType;
  currency?: string;
  lines: LineSpec[];
  updatedAt: number;
}

export function buildSeedInvoice(books: Books, prng: Prng, spec: InvoiceSpec): InvoiceRecord {
  const built = buildSeedLines(books, prng, spec.lines, spec.lineAmountTypes);
  return {
    InvoiceID: prng.uuid(),
    Type: spec.type,
    ContactID: spec.contactId,
    InvoiceNumber: spec.number,
    Reference: spec.reference,
    Date: spec.date,
    DueDate: spec.dueDate,
    Status: spec.status,
    LineAmountTypes: spec.lineAmountTypes,
    CurrencyCode: spec.currency ?? "GBP",
    CurrencyRate: 1,
    LineItems: built.lines,
    SubTotal: built.subTotal,
    TotalTax: built.totalTax,
    Total: built.total,
    TotalDiscount: built.totalDiscount,
    AmountPaid: 0,
    AmountCredited: 0,
    PaymentIDs: [],
    SentToContact: spec.status !== "DRAFT",
    UpdatedDateUTC: spec.updatedAt,
  };
}
