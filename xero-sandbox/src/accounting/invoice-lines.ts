import { randomUUID } from "node:crypto";
import { isRecord } from "../http.js";
import { parseDecimal, rescale } from "./decimal.js";
import type { ValidationErrorItem } from "./errors.js";
import { computeTotals, type LineAmountType, type Totals } from "./invoice-totals.js";
import {
  type Books,
  findAccountByCode,
  findItemByCode,
  type InvoiceType,
  type LineItemRecord,
  type TaxRateRecord,
} from "./records.js";
import type { UnitDp } from "./unitdp.js";

/**
 * Line items from a request: items fill in what the line leaves out, accounts and tax types
 * are checked against the organisation's, and amounts are computed the way Xero computes them.
 */

export interface LineContext {
  books: Books;
  type: InvoiceType;
  /** Account codes are required on every line with an amount unless the invoice stays a draft. */
  draft: boolean;
  lineAmountTypes: LineAmountType;
  dp: UnitDp;
  previous: readonly LineItemRecord[];
}

interface LineDraft {
  record: LineItemRecord;
  quantity: bigint;
  unitAmount: bigint;
  rate: bigint;
  tax?: bigint;
  discountRate?: bigint;
  discountAmount?: bigint;
  /** A LineAmount the client sent alongside quantity and unit amount, to be checked. */
  given?: bigint;
}

export interface BuiltLines {
  lines: LineItemRecord[];
  totals: Totals;
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number") return String(value);
  return undefined;
}

function usableTaxRate(books: Books, taxType: string, type: InvoiceType): TaxRateRecord | undefined {
  const rate = books.taxRates.get(taxType.toUpperCase());
  if (rate?.Status !== "ACTIVE") return undefined;
  return (type === "ACCREC" ? rate.CanApplyToRevenue : rate.CanApplyToExpenses) ? rate : undefined;
}

export function buildLines(
  raw: unknown,
  ctx: LineContext,
  errors: ValidationErrorItem[],
): BuiltLines | undefined {
  if (!Array.isArray(raw)) {
    errors.push({ Message: "LineItems must be a list" });
    return undefined;
  }
  const before = errors.length;
  const drafts: LineDraft[] = [];
  for (const entry of raw) {
    if (!isRecord(entry)) {
      errors.push({ Message: "Each line item must be an object" });
      continue;
    }
    const itemCode = text(entry.ItemCode);
    const item = itemCode ? findItemByCode(ctx.books, itemCode) : undefined;
    if (itemCode && !item) errors.push({ Message: `Item code '${itemCode}' is not valid.` });
    const details = ctx.type === "ACCREC" ? item?.SalesDetails : item?.PurchaseDetails;

    const number = (field: string, dp: number): bigint | undefined => {
      const parsed = parseDecimal(entry[field], dp);
      if (parsed.kind === "invalid") errors.push({ Message: `${field} must be a number.` });
      return parsed.kind === "ok" ? parsed.scaled : undefined;
    };
    let quantity = number("Quantity", 4);
    const unitGiven = number("UnitAmount", ctx.dp);
    let unitAmount = unitGiven === undefined ? undefined : rescale(unitGiven, ctx.dp, 4);
    const lineAmountGiven = number("LineAmount", 2);
    const discountRate = number("DiscountRate", 2);
    const discountAmount = number("DiscountAmount", 2);
    const taxGiven = number("TaxAmount", 2);
    if (unitAmount === undefined && details?.UnitPrice !== undefined) {
      unitAmount = rescale(rescale(BigInt(details.UnitPrice), 4, ctx.dp), ctx.dp, 4);
    }
    if (quantity === undefined)
      quantity = unitAmount !== undefined || lineAmountGiven !== undefined ? 10_000n : 0n;
    const derivedUnit = unitAmount === undefined;
    if (unitAmount === undefined) {
      // Only a LineAmount: Xero works out the unit amount from it.
      unitAmount =
        lineAmountGiven !== undefined && quantity !== 0n ? (lineAmountGiven * 100n * 10_000n) / quantity : 0n;
    }
    if ((discountRate !== undefined || discountAmount !== undefined) && ctx.type === "ACCPAY") {
      errors.push({ Message: "Discounts are only supported on sales invoices (ACCREC)." });
    }
    if (discountRate !== undefined && (discountRate < 0n || discountRate > 10_000n)) {
      errors.push({ Message: "DiscountRate must be between 0 and 100." });
    }

    const accountCode = text(entry.AccountCode) ?? details?.AccountCode;
    const account = accountCode ? findAccountByCode(ctx.books, accountCode) : undefined;
    const hasAmount = quantity !== 0n && unitAmount !== 0n;
    if (accountCode && !account) {
      errors.push({ Message: `Account code '${accountCode}' is not a valid code for this document.` });
    } else if (account && account.Status !== "ACTIVE") {
      errors.push({
        Message: `Account code '${account.Code}' has been archived, or has been deleted. Each line item must reference a valid account.`,
      });
    } else if (account && account.Type === "BANK") {
      errors.push({ Message: `Account code '${account.Code}' is not a valid code for this document.` });
    } else if (!accountCode && hasAmount && !ctx.draft) {
      errors.push({ Message: "Account code must be specified" });
    }

    const requestedTax = text(entry.TaxType) ?? details?.TaxType;
    let taxType = requestedTax?.toUpperCase();
    let rate = 0n;
    if (taxType) {
      const taxRate = usableTaxRate(ctx.books, taxType, ctx.type);
      if (!taxRate) {
        errors.push({
          Message: `The TaxType code ${requestedTax} does not exist or cannot be used for this type of transaction.`,
        });
      } else {
        rate = BigInt(taxRate.EffectiveRate);
      }
    } else {
      const fallback = account?.TaxType ? usableTaxRate(ctx.books, account.TaxType, ctx.type) : undefined;
      taxType = fallback?.TaxType ?? "NONE";
      rate = fallback ? BigInt(fallback.EffectiveRate) : 0n;
    }
    if (ctx.lineAmountTypes === "NoTax") rate = 0n;

    const previousId = text(entry.LineItemID)?.toLowerCase();
    const description =
      text(entry.Description) ??
      (ctx.type === "ACCREC" ? item?.Description : item?.PurchaseDescription) ??
      item?.Name;
    if (description && description.length > 4000)
      errors.push({ Message: "Description must be 4000 characters or fewer." });
    drafts.push({
      record: {
        LineItemID:
          ctx.previous.find((l) => l.LineItemID.toLowerCase() === previousId)?.LineItemID ?? randomUUID(),
        Description: description,
        Quantity: 0,
        UnitAmount: 0,
        ItemCode: item?.Code,
        AccountCode: account?.Code ?? accountCode,
        AccountID: account?.AccountID,
        TaxType: taxType,
        TaxAmount: 0,
        LineAmount: 0,
      },
      quantity,
      unitAmount,
      rate,
      tax: taxGiven,
      discountRate: discountRate !== undefined && discountRate !== 0n ? discountRate : undefined,
      discountAmount: discountAmount !== undefined && discountAmount !== 0n ? discountAmount : undefined,
      given: derivedUnit ? undefined : lineAmountGiven,
    });
  }
  if (errors.length > before) return undefined;

  const totals = computeTotals(
    drafts.map((d) => ({
      quantity: d.quantity,
      unitAmount: d.unitAmount,
      discountRate: d.discountRate,
      discountAmount: d.discountAmount,
      taxRate: d.rate,
      taxAmountOverride: d.tax,
    })),
    ctx.lineAmountTypes,
  );
  const lines = drafts.map((d, i) => {
    const result = totals.lines[i] ?? { lineAmount: 0n, taxAmount: 0n };
    if (d.given !== undefined && d.given !== result.lineAmount) {
      errors.push({
        Message: `The LineAmount ${Number(d.given) / 100} does not equal Quantity × UnitAmount less discount (${Number(result.lineAmount) / 100}).`,
      });
    }
    return {
      ...d.record,
      Quantity: Number(d.quantity),
      UnitAmount: Number(d.unitAmount),
      LineAmount: Number(result.lineAmount),
      TaxAmount: Number(result.taxAmount),
      DiscountRate: d.discountRate === undefined ? undefined : Number(d.discountRate),
      DiscountAmount: d.discountAmount === undefined ? undefined : Number(d.discountAmount),
    };
  });
  return errors.length > before ? undefined : { lines, totals };
}
