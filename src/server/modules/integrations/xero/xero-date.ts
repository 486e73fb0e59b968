import { z } from "zod";

const MS_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

/** Xero's `/Date(1552262400000+0000)/`: milliseconds since the epoch (UTC); the offset only describes it. */
export function parseXeroDate(value: string): Date | null {
  const ms = MS_DATE.exec(value);
  if (ms) return new Date(Number(ms[1]));
  // Some fields (and the connections API) use ISO 8601; Xero omits the zone on UTC timestamps.
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (!iso) return null;
  const date = new Date(iso[3] || !iso[1] ? value : `${value}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export const xeroDate = z.string().transform((value, ctx) => {
  const date = parseXeroDate(value);
  if (!date) {
    ctx.addIssue({ code: "custom", message: `not a Xero date: ${value}` });
    return z.NEVER;
  }
  return date;
});

/** Kontor sends dates as YYYY-MM-DD, as Xero asks. */
export function toXeroDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
