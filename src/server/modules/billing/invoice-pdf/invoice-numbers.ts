import { Decimal } from "../../../../shared/money/decimal.js";
import type { InvoiceLocale } from "./invoice-labels.js";

/**
 * Numbers and dates as printed on an invoice. Amounts arrive as decimal strings and reach
 * Intl.NumberFormat as strings: since Node 20 (ICU's "Intl.NumberFormat v3") a string is
 * formatted as the exact decimal it spells, never through a float, so "12345678901234567.89"
 * prints every digit. Each value is checked with the money library first, and no format ever
 * drops a decimal the value has: printing never rounds.
 */

const INTL_LOCALE: Record<InvoiceLocale, string> = { en: "en-GB", et: "et-EE" };

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: InvoiceLocale, minDp: number, maxDp: number): Intl.NumberFormat {
  const key = `${locale}/${minDp}/${maxDp}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], {
      minimumFractionDigits: minDp,
      maximumFractionDigits: maxDp,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** `value` with at least `minDp` decimals and all the significant ones it has. */
function formatDecimal(value: string, locale: InvoiceLocale, minDp: number): string {
  const decimals = Decimal.parse(value).decimals();
  // Intl's type says number | bigint, but it takes a decimal string exactly (see above).
  return numberFormat(locale, minDp, Math.max(minDp, decimals)).format(
    value as unknown as Parameters<Intl.NumberFormat["format"]>[0],
  );
}

/** An amount: "1,234.50" (en), "1 234,50" (et). */
export function formatAmount(value: string, locale: InvoiceLocale): string {
  return formatDecimal(value, locale, 2);
}

/** A unit price: 2 decimals, up to 4 when it has them ("12.3456"). */
export function formatUnitPrice(value: string, locale: InvoiceLocale): string {
  return formatDecimal(value, locale, 2);
}

/** A quantity or percent without trailing zeros: "1.5" for "1.5000", "20" for "20.0000". */
export function formatQuantity(value: string, locale: InvoiceLocale): string {
  return formatDecimal(value, locale, 0);
}

/** An amount with its currency code, as totals print: "1,234.50 EUR". */
export function formatMoney(value: string, currency: string, locale: InvoiceLocale): string {
  return `${formatAmount(value, locale)}\u00a0${currency}`;
}

const dateFormats: Record<InvoiceLocale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  et: new Intl.DateTimeFormat("et-EE", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  }),
};

/** A calendar date (YYYY-MM-DD, a day, not an instant): "30 Nov 2026" (en), "30.11.2026" (et). */
export function formatDate(value: string, locale: InvoiceLocale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`${JSON.stringify(value)} is not a date as YYYY-MM-DD.`);
  const [, y, m, d] = match;
  return dateFormats[locale].format(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}
