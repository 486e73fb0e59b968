import { type CalendarDate, calendarDate, toDayNumber } from "./calendar-date.js";

/**
 * A company's time zone decides which day it is: at 23:30 in Tallinn it is already tomorrow in
 * Auckland. Only IANA names (`Europe/Tallinn`), through the runtime's Intl, in Node and browsers alike.
 */

// Offsets such as "+02:00" are refused: newer runtimes accept them, Node 20 does not, and a fixed
// offset would ignore daylight-saving time anyway.
const NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  let formatter = formatters.get(timeZone);
  if (formatter) return formatter;
  if (!NAME.test(timeZone)) return undefined;
  try {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
  } catch {
    return undefined;
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

let knownNames: Map<string, string> | undefined;

/** Whether the runtime knows this IANA time zone (e.g. `Europe/Tallinn`, `UTC`). */
export function isTimeZone(value: string): boolean {
  return formatterFor(value) !== undefined;
}

/**
 * The zone as it should be stored: the runtime's spelling when it lists the name (so
 * `europe/tallinn` becomes `Europe/Tallinn`), otherwise the name as given (an alias like
 * `Europe/Kyiv` stays as the user wrote it, though Node 20 would call it `Europe/Kiev`).
 * Throws a RangeError for a name the runtime does not know.
 */
export function normalizeTimeZone(value: string): string {
  const name = value.trim();
  if (!isTimeZone(name)) {
    throw new RangeError(`"${value}" is not a time zone: use a name such as Europe/Tallinn.`);
  }
  knownNames ??= new Map(Intl.supportedValuesOf("timeZone").map((z) => [z.toLowerCase(), z]));
  return knownNames.get(name.toLowerCase()) ?? name;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: number, timeZone: string): WallClock {
  const formatter = formatterFor(timeZone);
  if (!formatter)
    throw new RangeError(`"${timeZone}" is not a time zone: use a name such as Europe/Tallinn.`);
  if (!Number.isFinite(instant)) throw new RangeError("The instant is not a valid time.");
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? Number.NaN,
    month: parts.month ?? Number.NaN,
    day: parts.day ?? Number.NaN,
    hour: parts.hour ?? Number.NaN,
    minute: parts.minute ?? Number.NaN,
    second: parts.second ?? Number.NaN,
  };
}

function toMillis(instant: Date | number): number {
  return typeof instant === "number" ? instant : instant.getTime();
}

/** The calendar date in `timeZone` at `instant` (e.g. the company's "today" from the clock's now). */
export function dateInTimeZone(instant: Date | number, timeZone: string): CalendarDate {
  const { year, month, day } = wallClock(toMillis(instant), timeZone);
  return calendarDate(year, month, day);
}

const DAY_MS = 86_400_000;

/**
 * The first instant of `date` in `timeZone`: usually its midnight; where daylight-saving time
 * skips midnight, the first moment that exists. With the start of the next day it bounds a day's
 * timestamps for a query (e.g. tasks done today).
 */
export function startOfDayInTimeZone(date: CalendarDate, timeZone: string): Date {
  const target = toDayNumber(date);
  const dayOf = (t: number) => {
    const w = wallClock(t, timeZone);
    return toDayNumber(calendarDate(w.year, w.month, w.day));
  };
  // Real offsets lie within ±14 hours, so the answer is within a day of UTC midnight; the local
  // date only grows with the instant there, so a search for the first instant of the day finds it.
  const utcMidnight = target * DAY_MS;
  let low = utcMidnight - DAY_MS; // before the day everywhere
  let high = utcMidnight + DAY_MS; // within or after the day everywhere
  while (high - low > 1000) {
    const mid = low + Math.floor((high - low) / 2000) * 1000;
    if (dayOf(mid) >= target) high = mid;
    else low = mid;
  }
  return new Date(high);
}
