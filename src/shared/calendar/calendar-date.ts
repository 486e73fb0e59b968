/**
 * Calendar dates: days as users think of them (a deadline, "the 20th"), written `YYYY-MM-DD`.
 *
 * A date is a plain string so it travels through JSON, the database (`date` columns) and the web
 * app unchanged. Arithmetic runs on whole day numbers (days since 1970-01-01), never on `Date`
 * objects, so the server's or the browser's time zone can never shift a day.
 */

/** `YYYY-MM-DD`, a day in the proleptic Gregorian calendar, years 0001–9999. */
export type CalendarDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "string") return false;
  try {
    dateParts(value);
    return true;
  } catch {
    return false;
  }
}

/** The parts of a date; throws a RangeError naming the value when it is not a real `YYYY-MM-DD` day. */
export function dateParts(date: CalendarDate): { year: number; month: number; day: number } {
  // By hand rather than a regular expression: every date rule parses dates in its inner loops.
  if (typeof date === "string" && date.length === 10 && date[4] === "-" && date[7] === "-") {
    const year = digits(date, 0, 4);
    const month = digits(date, 5, 7);
    const day = digits(date, 8, 10);
    if (isValidParts(year, month, day)) return { year, month, day };
  }
  throw new RangeError(`"${date}" is not a date: write it as YYYY-MM-DD, e.g. 2027-01-20.`);
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    value = value * 10 + d;
  }
  return value;
}

/** The date of a year, month (1–12) and day; throws a RangeError for a day that does not exist. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  if (!isValidParts(year, month, day)) {
    throw new RangeError(`${year}-${month}-${day} is not a date.`);
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// Day numbers after Howard Hinnant's days_from_civil / civil_from_days: exact for every year,
// without `Date`, whose two-digit years and local time would get in the way.
function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = dateParts(date);
  return dayNumberOf(year, month, day);
}

/** The year, month and day of a day number (days since 1970-01-01). */
export function partsOfDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`${dayNumber} is not a whole day number.`);
  const { year, month, day } = partsOfDayNumber(dayNumber);
  return calendarDate(year, month, day);
}

/** The ISO weekday of a day number (1 = Monday … 7 = Sunday); 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): Weekday {
  return (((((dayNumber + 3) % 7) + 7) % 7) + 1) as Weekday;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The same day `months` later (or earlier); a day the target month lacks becomes its last day:
 * 31 January + 1 month = 28 February (29th in a leap year).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new RangeError(`${months} is not a whole number of months.`);
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return calendarDate(y, m, Math.min(day, daysInMonth(y, m)));
}

export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** -1, 0 or 1; valid dates compare like their strings, but this checks they are dates. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  const d = toDayNumber(a) - toDayNumber(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

export function earlierDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) <= 0 ? a : b;
}

export function laterDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/** The ISO weekday of a date (1 = Monday … 7 = Sunday). */
export function weekdayOf(date: CalendarDate): Weekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

export function startOfMonth(date: CalendarDate): CalendarDate {
  const { year, month } = dateParts(date);
  return calendarDate(year, month, 1);
}

export function endOfMonth(date: CalendarDate): CalendarDate {
  const { year, month } = dateParts(date);
  return calendarDate(year, month, daysInMonth(year, month));
}

/** The calendar quarter of a date: 1 (January–March) … 4 (October–December). */
export function quarterOf(date: CalendarDate): 1 | 2 | 3 | 4 {
  return (Math.floor((dateParts(date).month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

export function startOfQuarter(date: CalendarDate): CalendarDate {
  const { year } = dateParts(date);
  return calendarDate(year, (quarterOf(date) - 1) * 3 + 1, 1);
}

export function endOfQuarter(date: CalendarDate): CalendarDate {
  return endOfMonth(addMonths(startOfQuarter(date), 2));
}

export function startOfYear(date: CalendarDate): CalendarDate {
  return calendarDate(dateParts(date).year, 1, 1);
}

export function endOfYear(date: CalendarDate): CalendarDate {
  return calendarDate(dateParts(date).year, 12, 31);
}

/** Every date from `from` to `to`, both included (empty when `to` is earlier). */
export function eachDay(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  const days: CalendarDate[] = [];
  for (let n = first; n <= last; n++) days.push(fromDayNumber(n));
  return days;
}
