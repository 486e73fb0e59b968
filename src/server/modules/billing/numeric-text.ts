import { Decimal } from "../../../shared/money/decimal.js";

/**
 * Numeric columns come back as text with the column's scale ("120.0000"); the API answers
 * decimal strings in the form users read. Exact: never through a JavaScript number.
 */

/** Exactly `dp` decimals: "20.0000" for a rate, "120.00" for money. */
export function fixed(value: string, dp: number): string {
  return Decimal.parse(value).round(dp).toFixed(dp);
}

export function fixedOrNull(value: string | null, dp: number): string | null {
  return value === null ? null : fixed(value, dp);
}

/** The shortest exact form: "1.5000" → "1.5", "20.0000" → "20". */
export function shortest(value: string): string {
  return Decimal.parse(value).toString();
}

/** A unit price: 2 decimals, or 4 when it has more than 2 ("12.50", "9.8765"). */
export function unitPriceText(value: string): string {
  const d = Decimal.parse(value);
  return d.toFixed(d.decimals() > 2 ? 4 : 2);
}
