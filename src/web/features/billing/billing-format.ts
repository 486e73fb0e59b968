const price = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 4 });
const percent = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 4 });

/** "120.0000" → "120.00"; "9.87650" → "9.8765"; kept as text when it is not a number. */
export function formatPrice(value: string | null): string {
  if (value === null) return "—";
  const n = Number(value);
  return Number.isFinite(n) ? price.format(n) : value;
}

/** "20.0000" → "20%"; "12.5000" → "12.5%". */
export function formatRate(value: string): string {
  const n = Number(value);
  return Number.isFinite(n) ? `${percent.format(n)}%` : value;
}
