import { daysInMonth } from "../../../../shared/calendar/calendar-date.js";

/** A period is a month, "YYYY-MM". */
export type Period = string;

const MONTHS_PER: Record<Frequency, number> = { monthly: 1, quarterly: 3, yearly: 12 };
type Frequency = "monthly" | "quarterly" | "yearly";

const monthIndex = (period: Period) => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
const fromIndex = (index: number): Period =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;

export function addMonths(period: Period, months: number): Period {
  return fromIndex(monthIndex(period) + months);
}

/**
 * Whether a contract line bills in the period: from its start month, every month, every third
 * month or every twelfth, up to its end month.
 */
export function isDue(
  line: { frequency: Frequency; startMonth: Period; endMonth: Period | null },
  period: Period,
): boolean {
  if (period < line.startMonth || (line.endMonth !== null && period > line.endMonth)) return false;
  return (monthIndex(period) - monthIndex(line.startMonth)) % MONTHS_PER[line.frequency] === 0;
}

/** The day a billing day falls on in the period: 29–31 are the last day of shorter months. */
export function billingDate(period: Period, billingDay: number): string {
  const days = daysInMonth(Number(period.slice(0, 4)), Number(period.slice(5, 7)));
  return `${period}-${String(Math.min(billingDay, days)).padStart(2, "0")}`;
}

const monthName = (period: Period) =>
  new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1)).toLocaleString("en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/** What an invoice line says it bills: "November 2026", or "November 2026 – January 2027". */
export function periodLabel(period: Period, frequency: Frequency): string {
  const months = MONTHS_PER[frequency];
  return months === 1
    ? monthName(period)
    : `${monthName(period)} – ${monthName(addMonths(period, months - 1))}`;
}
