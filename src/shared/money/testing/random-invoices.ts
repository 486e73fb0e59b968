import { Decimal } from "../decimal.js";
import { type AmountsAre, computeInvoiceTotals, type InvoiceLineInput } from "../invoice-totals.js";

/**
 * Seeded random invoices for comparing Kontor's totals with Xero's (the parity test and the
 * billing benchmark): 1–20 lines, quantities and unit prices with 0–4 decimals, discounts with
 * 0–2, the given tax rates, all three amount types, a few negative lines. Every number is built
 * from integers and written as a decimal string: no float is involved.
 */

export interface RandomTaxRate {
  /** Xero's TaxType, sent with the line. */
  taxType: string;
  /** Percent as a decimal string. */
  rate: string;
}

export interface RandomLine extends InvoiceLineInput {
  taxType: string;
}

export interface RandomInvoice {
  amountsAre: AmountsAre;
  lines: RandomLine[];
}

/** mulberry32: small, fast, deterministic for a seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const AMOUNT_TYPES: AmountsAre[] = ["exclusive", "inclusive", "none"];

export function randomInvoices(
  seed: number,
  count: number,
  taxRates: readonly RandomTaxRate[],
): RandomInvoice[] {
  const next = seededRandom(seed);
  /** An integer in [0, n) for n up to 2^32. */
  const below = (n: number) => next() % n;
  /** A positive decimal with `dp` decimals and up to `wholeDigits` digits before the point. */
  const positive = (dp: number, wholeDigits: number) => {
    const max = 10 ** (dp + wholeDigits) - 1; // < 2^32 for the sizes used here
    return Decimal.fromUnits(BigInt(1 + below(max)), dp);
  };
  const tieProne = () => {
    // Half-cent line amounts and taxes: 0.5 / 1.5 / 2.5 × an odd number of cents.
    const quantity = Decimal.fromUnits(BigInt(2 * below(3) + 1), 1);
    const price = Decimal.fromUnits(BigInt(2 * below(50_000) + 1), 2);
    return { quantity, price };
  };

  return Array.from({ length: count }, () => {
    const lineCount = 1 + below(20);
    const lines = Array.from({ length: lineCount }, (): RandomLine => {
      const rate = taxRates[below(taxRates.length)]!;
      const { quantity, price } =
        below(5) === 0
          ? tieProne()
          : { quantity: positive(below(5), 1 + below(3)), price: positive(below(5), 1 + below(4)) };
      const negative = below(20) === 0;
      const discount = below(3) === 0 ? Decimal.fromUnits(BigInt(below(10_001)), 2).round(below(3)) : null;
      return {
        quantity: quantity.toString(),
        unitPrice: (negative ? price.negated() : price).toString(),
        discountRate: discount?.toString() ?? null,
        taxRate: rate.rate,
        taxType: rate.taxType,
      };
    });
    const invoice = { amountsAre: AMOUNT_TYPES[below(3)]!, lines };
    // Xero refuses an invoice whose total is below zero (that is a credit note).
    const totals = ([2, 4] as const).map((unitDp) => computeInvoiceTotals({ ...invoice, unitDp }).total);
    if (totals.some((total) => Decimal.parse(total).isNegative())) {
      for (const line of lines) line.unitPrice = Decimal.parse(line.unitPrice).abs().toString();
    }
    return invoice;
  });
}
