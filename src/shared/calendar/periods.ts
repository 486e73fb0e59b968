import type { BusinessCalendar } from "./business-calendar.js";
import {
  type CalendarDate,
  calendarDate,
  dateParts,
  daysInMonth,
  fromDayNumber,
  toDayNumber,
} from "./calendar-date.js";
import type { Recurrence } from "./schedule.js";

/**
 * A recurrence's periods, numbered: period n+1 comes right after period n (a quarterly task narrowed
 * to one month skips the two months between). The key names the cycle a period belongs to and
 * stays when the due rule or the narrowing month changes, so it can guard "one task per period".
 */
export interface Period {
  /** The cycle: `2027-01` (month), `2027-Q1` (quarter), `2027` (year), a week's first day
   * (`2027-01-04`), a one-off task's date. */
  key: string;
  start: CalendarDate;
  end: CalendarDate;
}

export interface PeriodSequence {
  /** The number of the period whose cycle holds `date` (for a narrowed quarter: its quarter). */
  indexOf(date: CalendarDate): number;
  period(index: number): Period;
  /** false for a one-off task: it has one period, index 0. */
  repeats: boolean;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

function monthPeriod(year: number, month: number, key: string): Period {
  return {
    key,
    start: calendarDate(year, month, 1),
    end: calendarDate(year, month, daysInMonth(year, month)),
  };
}

/**
 * The periods of a recurrence in the company's calendar (weeks start on its `weekStartsOn`).
 * A one-off task without a date takes `startsOn` (the day the workflow was applied).
 */
export function periodsOf(
  recurrence: Recurrence,
  calendar: BusinessCalendar,
  startsOn?: CalendarDate,
): PeriodSequence {
  switch (recurrence.every) {
    case "week": {
      // A day number falling on the week's first day: day 0 (1970-01-01) was a Thursday (4).
      const base = (calendar.weekStartsOn - 4 + 7) % 7;
      return {
        repeats: true,
        indexOf: (date) => Math.floor((toDayNumber(date) - base) / 7),
        period: (index) => {
          const start = fromDayNumber(base + index * 7);
          return { key: start, start, end: fromDayNumber(base + index * 7 + 6) };
        },
      };
    }
    case "month":
      return {
        repeats: true,
        indexOf: (date) => {
          const { year, month } = dateParts(date);
          return year * 12 + month - 1;
        },
        period: (index) => {
          const year = Math.floor(index / 12);
          const month = index - year * 12 + 1;
          return monthPeriod(year, month, `${year}-${pad2(month)}`);
        },
      };
    case "quarter": {
      const narrowTo = recurrence.month;
      return {
        repeats: true,
        indexOf: (date) => {
          const { year, month } = dateParts(date);
          return year * 4 + Math.floor((month - 1) / 3);
        },
        period: (index) => {
          const year = Math.floor(index / 4);
          const quarter = index - year * 4 + 1;
          const firstMonth = (quarter - 1) * 3 + 1;
          const key = `${year}-Q${quarter}`;
          if (narrowTo !== undefined) return monthPeriod(year, firstMonth + narrowTo - 1, key);
          const last = firstMonth + 2;
          return {
            key,
            start: calendarDate(year, firstMonth, 1),
            end: calendarDate(year, last, daysInMonth(year, last)),
          };
        },
      };
    }
    case "year": {
      const month = recurrence.month;
      return {
        repeats: true,
        indexOf: (date) => dateParts(date).year,
        period: (year) => monthPeriod(year, month, String(year)),
      };
    }
    case "once": {
      const date = recurrence.date ?? startsOn;
      if (date === undefined) {
        throw new RangeError(
          "A one-off task without a date needs the day the workflow was applied (startsOn).",
        );
      }
      dateParts(date);
      return {
        repeats: false,
        indexOf: () => 0,
        period: () => ({ key: date, start: date, end: date }),
      };
    }
  }
}
