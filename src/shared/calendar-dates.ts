/**
 * Calendar dates as users think of them (`YYYY-MM-DD`, a day, not an instant). Arithmetic runs
 * on UTC midnights, where every day has 24 hours, so no time zone or DST change can shift a day.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The day it is at `instant` in the IANA time zone (e.g. "Europe/Tallinn"). */
export function todayIn(timeZone: string, instant: Date): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** True for a time zone name the runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function toUtc(date: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** The last day of the date's month. */
export function endOfMonth(date: string): string {
  const d = toUtc(date);
  return fromUtc(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

export interface PaymentTerms {
  days: number;
  from: "invoice_date" | "end_of_month";
}

/** The due date of an invoice dated `date`: N days after it, or N days after the end of its month. */
export function dueDateFor(date: string, terms: PaymentTerms): string {
  return addDays(terms.from === "end_of_month" ? endOfMonth(date) : date, terms.days);
}
