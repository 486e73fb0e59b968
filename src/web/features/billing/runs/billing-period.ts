/** A billing period is a month, "YYYY-MM", as the API has it. */
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isPeriod(value: string | null): value is string {
  return value !== null && PERIOD.test(value);
}

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2026-11" → "November 2026". */
export function periodLabel(period: string): string {
  return monthFormat.format(new Date(`${period}-01T00:00:00Z`));
}

export function addMonths(period: string, months: number): string {
  const index = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * The months to choose from, newest first: a year ahead of `around` to two years back, and
 * `selected` wherever it is (an address can name any month).
 */
export function periodChoices(around: string, selected: string | null): { value: string; label: string }[] {
  const months = Array.from({ length: 37 }, (_, i) => addMonths(around, 12 - i));
  if (selected && !months.includes(selected)) months.push(selected);
  return months.sort((a, b) => b.localeCompare(a)).map((value) => ({ value, label: periodLabel(value) }));
}
