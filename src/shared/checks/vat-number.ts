import { countryName } from "./country.js";
import type { Checked } from "./phone.js";
import { VAT_FORMATS, type VatFormat } from "./vat-formats.js";

// Longest prefix first: "CHE" before any two-letter one.
const BY_PREFIX = [...VAT_FORMATS].sort((a, b) => b.prefix.length - a.prefix.length);

function formatOf(country: string): VatFormat | undefined {
  return VAT_FORMATS.find((format) => format.country === country);
}

function withPrefix(compact: string): { format: VatFormat; rest: string } | null {
  // Greece's VAT prefix is EL; GR is a common slip and means the same.
  const text = compact.startsWith("GR") ? `EL${compact.slice(2)}` : compact;
  const format = BY_PREFIX.find((f) => text.startsWith(f.prefix));
  return format ? { format, rest: text.slice(format.prefix.length) } : null;
}

const describe = (format: VatFormat) =>
  `A VAT number of ${countryName(format.country)} is ${format.prefix} and ${format.shape}, e.g. ${format.example}.`;

/**
 * A VAT number, checked against its country's format: the country of its prefix, or, written
 * without one, the client's country. It is written compactly with its prefix ("EE101234567").
 * A number of a country Kontor has no format for is kept as typed.
 */
export function checkVatNumber(text: string, country: string | null): Checked {
  const typed = text.trim();
  const compact = typed.toUpperCase().replace(/[\s.\-/]/g, "");
  const prefixed = withPrefix(compact);
  if (prefixed?.format.pattern.test(prefixed.rest)) {
    return { ok: true, value: `${prefixed.format.prefix}${prefixed.rest}` };
  }
  const own = country ? formatOf(country) : undefined;
  if (own?.pattern.test(compact)) return { ok: true, value: `${own.prefix}${compact}` };
  const expected = prefixed?.format ?? own;
  if (expected) return { ok: false, message: `Check the VAT number. ${describe(expected)}` };
  return { ok: true, value: typed };
}
