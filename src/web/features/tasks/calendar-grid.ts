import type { CalendarItem } from "../../../shared/api/calendar.js";
import {
  addDays,
  addMonths,
  type CalendarDate,
  endOfMonth,
  weekdayOf,
} from "../../../shared/calendar/calendar-date.js";

/** How many items a day shows before "+N more". */
export const ITEMS_PER_DAY = 3;

export interface CalendarCell {
  date: CalendarDate;
  inMonth: boolean;
  isToday: boolean;
  shown: CalendarItem[];
  /** How many more there are than shown. */
  more: number;
}

/** The weeks (Monday to Sunday) a month's grid shows: its first day to its last. */
export function monthRange(month: string): { from: CalendarDate; to: CalendarDate } {
  const first = `${month}-01` as CalendarDate;
  const last = endOfMonth(first);
  return { from: addDays(first, 1 - weekdayOf(first)), to: addDays(last, 7 - weekdayOf(last)) };
}

/** The month before or after (`YYYY-MM`). */
export function shiftMonth(month: string, by: number): string {
  return addMonths(`${month}-01` as CalendarDate, by).slice(0, 7);
}

/**
 * The month's grid, week by week, each day with its items: real tasks first, planned ones
 * after them, at most ITEMS_PER_DAY shown.
 */
export function calendarWeeks(
  month: string,
  days: { date: string; items: CalendarItem[] }[],
  today: string,
): CalendarCell[][] {
  const byDate = new Map(days.map((d) => [d.date, d.items]));
  const { from, to } = monthRange(month);
  const weeks: CalendarCell[][] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (weekdayOf(date) === 1) weeks.push([]);
    const items = [...(byDate.get(date) ?? [])].sort((a, b) => Number(a.planned) - Number(b.planned));
    weeks.at(-1)!.push({
      date,
      inMonth: date.startsWith(month),
      isToday: date === today,
      shown: items.slice(0, ITEMS_PER_DAY),
      more: Math.max(0, items.length - ITEMS_PER_DAY),
    });
  }
  return weeks;
}
