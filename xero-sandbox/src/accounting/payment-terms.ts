import type { PaymentTermsRecord } from "./records.js";
import { DAY_MS } from "./xero-date.js";

/** The due date Xero derives from an organisation's default payment terms. */
export function dueDateFromTerms(date: number, term: PaymentTermsRecord["Sales"]): number {
  const d = new Date(date);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  switch (term.Type) {
    case "DAYSAFTERBILLDATE":
      return date + term.Day * DAY_MS;
    case "DAYSAFTERBILLMONTH":
      return Date.UTC(year, month + 1, 0) + term.Day * DAY_MS;
    case "OFCURRENTMONTH":
      return Date.UTC(year, month, Math.min(term.Day, lastDay(year, month)));
    case "OFFOLLOWINGMONTH":
      return Date.UTC(year, month + 1, Math.min(term.Day, lastDay(year, month + 1)));
  }
}
