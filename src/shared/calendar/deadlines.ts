import type { BusinessCalendar } from "./business-calendar.js";
import {
  addDays,
  type CalendarDate,
  calendarDate,
  dateParts,
  daysInMonth,
  earlierDate,
  weekdayOf,
} from "./calendar-date.js";
import type { Period } from "./periods.js";
import type { DueRule } from "./schedule.js";

/** The deadline of a period under a due rule, in the company's calendar. */
export function deadlineOf(period: Period, due: DueRule, calendar: BusinessCalendar): CalendarDate {
  switch (due.rule) {
    case "day_of_month": {
      const { year, month } = dateParts(period.start);
      // The 31st (or 29th, 30th) of a shorter month is its last day: the 31st of February is the
      // 28th, or the 29th in a leap year, so "the last day" can be written as 31.
      const day = Math.min(due.day, daysInMonth(year, month));
      return onWorkingDay(calendarDate(year, month, day), due.onNonWorkingDay, calendar);
    }
    case "day_of_week": {
      const offset = (due.day - weekdayOf(period.start) + 7) % 7;
      return onWorkingDay(addDays(period.start, offset), due.onNonWorkingDay, calendar);
    }
    case "business_days_after": {
      // The period starts at the beginning of its first day and ends at the end of its last, so
      // 1 business day after the start is the period's first business day, and 1 after the end is
      // the first business day after its last day.
      const from = due.from === "period_start" ? addDays(period.start, -1) : period.end;
      return calendar.addBusinessDays(from, due.count, { holidays: due.holidays });
    }
    case "last_business_day":
      return calendar.lastBusinessDay(period);
  }
}

/**
 * The day a period's task can start: the period's first day, or for work counted from the
 * period's end (a VAT return of January) the day after it ends. Never after the deadline.
 */
export function startDateOf(period: Period, due: DueRule, deadline: CalendarDate): CalendarDate {
  const start =
    due.rule === "business_days_after" && due.from === "period_end" ? addDays(period.end, 1) : period.start;
  return earlierDate(start, deadline);
}

function onWorkingDay(
  date: CalendarDate,
  onNonWorkingDay: "before" | "after" | "keep",
  calendar: BusinessCalendar,
): CalendarDate {
  if (onNonWorkingDay === "before") return calendar.workingDayOnOrBefore(date);
  if (onNonWorkingDay === "after") return calendar.workingDayOnOrAfter(date);
  return date;
}
