import { roundDiv, sum } from "./decimal.js";

/**
 * Invoice arithmetic as Xero does it: each line's amount and tax are rounded to cents on
 * their own, then summed (https://developer.xero.com/documentation/guides/how-to-guides/rounding-in-xero).
 *
 * Scales: quantity and unit amount dp 4, discount rate dp 2 (percent), tax rate dp 4 (percent),
 * money dp 2 (cents).
 */

export type LineAmountType = "Exclusive" | "Inclusive" | "NoTax";

export interface LineInput {
  quantity: bigint;
  unitAmount: bigint;
  /** Percent, dp 2 (12.5 % is 1250n). */
  discountRate?: bigint;
  /** Cents, subtracted from quantity × unit amount instead of a rate. */
  discountAmount?: bigint;
  /** EffectiveRate of the line's TaxType, percent dp 4 (20 % is 200000n). */
  taxRate: bigint;
  /** A TaxAmount the client sent; Xero keeps an explicit tax amount instead of calculating it. */
  taxAmountOverride?: bigint;
}

export interface LineResult {
  lineAmount: bigint;
  taxAmount: bigint;
  discount: bigint;
}

export interface Totals {
  lines: LineResult[];
  subTotal: bigint;
  totalTax: bigint;
  total: bigint;
  totalDiscount: bigint;
}

/** Quantity × UnitAmount rounded to cents. */
export function grossAmount(quantity: bigint, unitAmount: bigint): bigint {
  // dp 4 × dp 4 = dp 8; cents are dp 2
  return roundDiv(quantity * unitAmount, 1_000_000n);
}

/** LineAmount = round2(Quantity × UnitAmount × (1 − DiscountRate/100)), or gross − DiscountAmount. */
export function lineAmount(
  line: Pick<LineInput, "quantity" | "unitAmount" | "discountRate" | "discountAmount">,
): bigint {
  if (line.discountRate !== undefined && line.discountRate !== 0n) {
    // dp 8 × (10000 − rate dp 2, i.e. a fraction scaled by 10^4) = dp 12; cents are dp 2
    return roundDiv(line.quantity * line.unitAmount * (10_000n - line.discountRate), 10_000_000_000n);
  }
  const gross = grossAmount(line.quantity, line.unitAmount);
  return line.discountAmount !== undefined ? gross - line.discountAmount : gross;
}

/** Tax on one line, rounded to cents. */
export function lineTax(amount: bigint, taxRate: bigint, type: LineAmountType): bigint {
  if (type === "NoTax" || taxRate === 0n) return 0n;
  // rate dp 4 percent: r = taxRate / 1e6 as a fraction
  if (type === "Exclusive") return roundDiv(amount * taxRate, 1_000_000n);
  return roundDiv(amount * taxRate, 1_000_000n + taxRate);
}

export function computeTotals(lines: readonly LineInput[], type: LineAmountType): Totals {
  const results = lines.map((line): LineResult => {
    const amount = lineAmount(line);
    const taxAmount = type === "NoTax" ? 0n : (line.taxAmountOverride ?? lineTax(amount, line.taxRate, type));
    const discount = grossAmount(line.quantity, line.unitAmount) - amount;
    return { lineAmount: amount, taxAmount, discount };
  });
  const lineSum = sum(results.map((r) => r.lineAmount));
  const totalTax = sum(results.map((r) => r.taxAmount));
  const subTotal = type === "Inclusive" ? lineSum - totalTax : lineSum;
  return {
    lines: results,
    subTotal,
    totalTax,
    total: subTotal + totalTax,
    totalDiscount: sum(results.map((r) => r.discount)),
  };
}
