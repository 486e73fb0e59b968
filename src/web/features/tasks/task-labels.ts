import type { Task } from "../../../shared/api/tasks.js";
import { addDays, type CalendarDate, weekdayOf } from "../../../shared/calendar/calendar-date.js";

export const STATUS_LABELS: Record<Task["status"], string> = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
};

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
/** "Tue, 30 Jun 2099" */
export const longDay = (date: string) => dateFormat.format(new Date(`${date}T00:00:00Z`));

/** An estimate kept in minutes, shown in hours: 90 → "1.5". */
export function minutesToHours(minutes: number | null): string {
  if (minutes === null) return "";
  return String(Math.round((minutes / 60) * 100) / 100);
}

/** Hours as typed ("1.5", "1,5", "") → whole minutes, null when empty; undefined when not a number. */
export function hoursToMinutes(hours: string): number | null | undefined {
  const text = hours.trim().replace(",", ".");
  if (text === "") return null;
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  return Math.round(Number(text) * 60);
}

/**
 * The first working day after `today` that is not a holiday: where Move to later starts.
 * Looks at most two weeks ahead (a company works at least one day a week).
 */
export function nextWorkingDay(
  today: CalendarDate,
  workingDays: readonly number[],
  holidays: ReadonlySet<string> = new Set(),
): CalendarDate {
  for (let day = addDays(today, 1), i = 0; i < 14; day = addDays(day, 1), i++) {
    if (workingDays.includes(weekdayOf(day)) && !holidays.has(day)) return day;
  }
  return addDays(today, 1);
}
