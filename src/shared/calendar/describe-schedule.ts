import type { DueRule, Recurrence, Schedule } from "./schedule.js";

/**
 * A task's recurrence and due-date rule in words, the same everywhere (the template editor, a
 * client's Workflow tab, the upload report). The upload's "Due" column reads these words back
 * (`read-due-words.ts` on the server), so what Kontor prints can be pasted into a spreadsheet.
 */

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** 1 = Monday … 7 = Sunday, as the API numbers them. */
export const WEEKDAY_NAMES = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? `month ${month}`;
}

export function weekdayName(day: number): string {
  return WEEKDAY_NAMES[day - 1] ?? `day ${day}`;
}

const ORDINAL_MONTH_OF_QUARTER = ["first", "second", "third"] as const;

/** "Every month", "Every quarter, in its second month", "Every year, in March", "Once, on 2027-01-20". */
export function describeRecurrence(recurrence: Recurrence): string {
  switch (recurrence.every) {
    case "week":
      return "Every week";
    case "month":
      return "Every month";
    case "quarter":
      return recurrence.month === undefined
        ? "Every quarter"
        : `Every quarter, in its ${ORDINAL_MONTH_OF_QUARTER[recurrence.month - 1]} month`;
    case "year":
      return `Every year, in ${monthName(recurrence.month)}`;
    case "once":
      return recurrence.date ? `Once, on ${recurrence.date}` : "Once, when applied to the client";
  }
}

/** What the period of a recurrence is called in a due rule: "the month", "March", "the week". */
function periodName(recurrence: Recurrence): string {
  switch (recurrence.every) {
    case "week":
      return "the week";
    case "month":
      return "the month";
    case "quarter":
      return recurrence.month === undefined ? "the quarter" : "the quarter's month";
    case "year":
      return monthName(recurrence.month);
    case "once":
      return "the task's date";
  }
}

function nonWorkingDayWords(onNonWorkingDay: "before" | "after" | "keep"): string {
  if (onNonWorkingDay === "before") return "; if not a working day, the working day before";
  if (onNonWorkingDay === "after") return "; if not a working day, the working day after";
  return ", even if not a working day";
}

/** "Day 20 of the month; if not a working day, the working day before", "Last business day of March". */
export function describeDue(recurrence: Recurrence, due: DueRule): string {
  const period = periodName(recurrence);
  switch (due.rule) {
    case "day_of_month": {
      const of =
        recurrence.every === "quarter" && recurrence.month === undefined
          ? "the quarter's first month"
          : period;
      return `Day ${due.day} of ${of}${nonWorkingDayWords(due.onNonWorkingDay)}`;
    }
    case "day_of_week":
      return `${weekdayName(due.day)}${nonWorkingDayWords(due.onNonWorkingDay)}`;
    case "business_days_after": {
      const days = due.count === 1 ? "1 business day" : `${due.count} business days`;
      const holidays = due.holidays ? "skipping public holidays" : "not skipping public holidays";
      if (recurrence.every === "once") {
        const from =
          due.from === "period_start" ? "from the task's date, counting that day" : "after the task's date";
        return `${days} ${from}, ${holidays}`;
      }
      return `${days} after the ${due.from === "period_start" ? "start" : "end"} of ${period}, ${holidays}`;
    }
    case "last_business_day":
      return `Last business day of ${period}`;
  }
}

/** "Every month · 20 business days after the end of the month, skipping public holidays". */
export function describeSchedule(schedule: Schedule): string {
  return `${describeRecurrence(schedule.recurrence)} · ${describeDue(schedule.recurrence, schedule.due)}`;
}
