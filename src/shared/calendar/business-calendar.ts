import {
  addDays,
  type CalendarDate,
  compareDates,
  dateParts,
  fromDayNumber,
  partsOfDayNumber,
  toDayNumber,
  WEEKDAYS,
  type Weekday,
  weekdayOf,
  weekdayOfDayNumber,
} from "./calendar-date.js";
import { dateInTimeZone, normalizeTimeZone } from "./time-zone.js";

/** A public holiday as the company's country (and region) has it. */
export interface PublicHoliday {
  date: CalendarDate;
  name: string;
}

/**
 * Where public holidays come from: the server reads its holiday library; the web app passes the
 * years it fetched from the server (`holidaysFromList`) so the library stays out of its bundle.
 * Called at most once per year per calendar.
 */
export type HolidaySource = (year: number) => readonly PublicHoliday[];

/** Thrown by a `holidaysFromList` source for a year it was not given; fetch that year and retry. */
export class MissingHolidaysError extends Error {
  constructor(readonly year: number) {
    super(`The public holidays of ${year} are not loaded.`);
    this.name = "MissingHolidaysError";
  }
}

/** A source from holidays already at hand, e.g. `GET /api/company/holidays?year=` answers. */
export function holidaysFromList(
  years: readonly number[],
  holidays: readonly PublicHoliday[],
): HolidaySource {
  const loaded = new Set(years);
  return (year) => {
    if (!loaded.has(year)) throw new MissingHolidaysError(year);
    return holidays.filter((h) => dateParts(h.date).year === year);
  };
}

export const noHolidays: HolidaySource = () => [];

export interface BusinessCalendarOptions {
  /** IANA name, e.g. `Europe/Tallinn`: decides which day "today" is. */
  timeZone: string;
  /** The company's working days, ISO numbers (1 = Monday … 7 = Sunday), e.g. [1, 2, 3, 4, 5]. */
  workingDays: readonly Weekday[];
  holidays: HolidaySource;
  /** The first day of a week (for weekly work and "this week"); by default the day after the weekend. */
  weekStartsOn?: Weekday;
}

export interface HolidayOption {
  /** Whether public holidays are days off (true, the default) or count as working days (false). */
  holidays?: boolean;
}

// Ten years of days without a single working day means the calendar is broken, not busy.
const SEARCH_LIMIT = 3660;

/**
 * The company's working calendar: its working days, its country's public holidays and its time
 * zone. Every date rule (deadlines, business days) asks it; it never looks at the server's clock
 * or zone.
 */
export class BusinessCalendar {
  readonly timeZone: string;
  readonly workingDays: readonly Weekday[];
  readonly weekStartsOn: Weekday;
  private readonly working: ReadonlySet<number>;
  private readonly source: HolidaySource;
  private readonly years = new Map<
    number,
    { list: readonly PublicHoliday[]; byDate: Map<string, string[]>; days: Set<number> }
  >();

  constructor(options: BusinessCalendarOptions) {
    this.timeZone = normalizeTimeZone(options.timeZone);
    const days = [...new Set(options.workingDays)].sort((a, b) => a - b);
    if (days.length === 0 || days.some((d) => !WEEKDAYS.includes(d))) {
      throw new RangeError("Working days must be one or more of 1 (Monday) … 7 (Sunday).");
    }
    this.workingDays = days;
    this.working = new Set(days);
    this.source = options.holidays;
    if (options.weekStartsOn !== undefined && !WEEKDAYS.includes(options.weekStartsOn)) {
      throw new RangeError("A week starts on one of 1 (Monday) … 7 (Sunday).");
    }
    this.weekStartsOn = options.weekStartsOn ?? firstDayAfterWeekend(this.working);
  }

  /** Today in the company's time zone at `instant` (pass the clock's now). */
  today(instant: Date | number): CalendarDate {
    return dateInTimeZone(instant, this.timeZone);
  }

  /** The public holidays of a year, by date (for settings and calendars). */
  publicHolidays(year: number): readonly PublicHoliday[] {
    return this.holidayYear(year).list;
  }

  /** The names of the public holidays on `date` (usually none or one). */
  holidaysOn(date: CalendarDate): readonly string[] {
    return this.holidayYear(dateParts(date).year).byDate.get(date) ?? [];
  }

  isPublicHoliday(date: CalendarDate): boolean {
    return this.holidaysOn(date).length > 0;
  }

  /** A working day of the week that is not a public holiday (unless `holidays: false`). */
  isWorkingDay(date: CalendarDate, options: HolidayOption = {}): boolean {
    return this.isWorkingDayNumber(toDayNumber(date), options.holidays !== false);
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: CalendarDate, options: HolidayOption = {}): CalendarDate {
    return this.step(addDays(date, 1), 1, options);
  }

  /** The last working day strictly before `date`. */
  previousWorkingDay(date: CalendarDate, options: HolidayOption = {}): CalendarDate {
    return this.step(addDays(date, -1), -1, options);
  }

  /** `date` itself when it is a working day, else the next one. */
  workingDayOnOrAfter(date: CalendarDate, options: HolidayOption = {}): CalendarDate {
    return this.step(date, 1, options);
  }

  /** `date` itself when it is a working day, else the previous one. */
  workingDayOnOrBefore(date: CalendarDate, options: HolidayOption = {}): CalendarDate {
    return this.step(date, -1, options);
  }

  /**
   * The `count`-th working day after `date` (before it when negative); `date` itself never counts.
   * 0 gives `date` back unchanged.
   */
  addBusinessDays(date: CalendarDate, count: number, options: HolidayOption = {}): CalendarDate {
    if (!Number.isInteger(count)) throw new RangeError(`${count} is not a whole number of business days.`);
    const direction = count < 0 ? -1 : 1;
    let current = date;
    for (let left = Math.abs(count); left > 0; left--) {
      current = this.step(addDays(current, direction), direction, options);
    }
    return current;
  }

  /**
   * The last working day from `start` to `end` (public holidays are days off). A period without
   * one (a week of holidays) gives the last working day before it.
   */
  lastBusinessDay(period: { start: CalendarDate; end: CalendarDate }): CalendarDate {
    dateParts(period.start);
    return this.workingDayOnOrBefore(period.end);
  }

  /** The first day of the week (per `weekStartsOn`) that holds `date`. */
  startOfWeek(date: CalendarDate): CalendarDate {
    return addDays(date, -((weekdayOf(date) - this.weekStartsOn + 7) % 7));
  }

  /** The last day of the week that holds `date`. */
  endOfWeek(date: CalendarDate): CalendarDate {
    return addDays(this.startOfWeek(date), 6);
  }

  // Day numbers rather than strings in the loops: generation computes thousands of deadlines.
  private isWorkingDayNumber(dayNumber: number, holidays: boolean): boolean {
    if (!this.working.has(weekdayOfDayNumber(dayNumber))) return false;
    return !holidays || !this.holidayYear(partsOfDayNumber(dayNumber).year).days.has(dayNumber);
  }

  private step(from: CalendarDate, direction: 1 | -1, options: HolidayOption): CalendarDate {
    const holidays = options.holidays !== false;
    let n = toDayNumber(from);
    for (let i = 0; i < SEARCH_LIMIT; i++, n += direction) {
      if (this.isWorkingDayNumber(n, holidays)) return fromDayNumber(n);
    }
    throw new RangeError(`No working day within ten years of ${from}: check the working days and holidays.`);
  }

  private holidayYear(year: number) {
    let entry = this.years.get(year);
    if (!entry) {
      const list = [...this.source(year)]
        .filter((h) => dateParts(h.date).year === year)
        .sort((a, b) => compareDates(a.date, b.date));
      const byDate = new Map<string, string[]>();
      for (const h of list) {
        const names = byDate.get(h.date) ?? [];
        if (!names.includes(h.name)) names.push(h.name);
        byDate.set(h.date, names);
      }
      entry = { list, byDate, days: new Set(list.map((h) => toDayNumber(h.date))) };
      this.years.set(year, entry);
    }
    return entry;
  }
}

/** The day after the longest run of days off (Saturday–Sunday → Monday; Friday–Saturday → Sunday). */
function firstDayAfterWeekend(working: ReadonlySet<number>): Weekday {
  let best: Weekday = 1;
  let bestRun = -1;
  for (const day of WEEKDAYS) {
    if (!working.has(day)) continue;
    let run = 0;
    for (let back = ((day + 5) % 7) + 1; !working.has(back) && run < 7; back = ((back + 5) % 7) + 1) run++;
    if (run > bestRun) {
      best = day;
      bestRun = run;
    }
  }
  return best;
}
