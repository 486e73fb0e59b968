import { MONTH_NAMES, WEEKDAY_NAMES } from "../../../../shared/calendar/describe-schedule.js";
import type { DueRuleInput, Recurrence } from "../../../../shared/calendar/schedule.js";

/**
 * The spreadsheet cells of a template file that are words, read into the API's values. Each
 * returns the value or `{ error }` with a sentence for the upload report. The "Due" grammar
 * (also in the README and the example file), case-insensitive, extra words ignored:
 *
 * - `last business day`                                → the period's last business day
 * - `20 business days after end` (or `… after start`) → counted from the period's end (default)
 *   or start; `not skipping holidays` / `weekends only` → public holidays count as business days
 * - `day 20`, `20th`, `20` + optional `move before` / `move after` (default: keep the day)
 * - a weekday, `Friday` + optional `move before` / `move after` (weekly tasks)
 *
 * Kontor's own wording ("Day 20 of the month; if not a working day, the working day before")
 * reads back to the same rule.
 */
export type Read<T> = T | { error: string };

export function isError<T>(value: Read<T>): value is { error: string } {
  return typeof value === "object" && value !== null && "error" in value;
}

const words = (cell: string) => cell.trim().toLowerCase().replace(/\s+/g, " ");

export function readDue(cell: string): Read<DueRuleInput> {
  const text = words(cell);
  if (text === "") {
    return { error: 'Say when the task is due in the Due column, e.g. "day 20" or "last business day".' };
  }
  if (/\blast (business|working) day\b/.test(text)) return { rule: "last_business_day" };
  const counted = /(\d+)\s*(?:business|working) days? (?:after|from)\b/.exec(text);
  if (counted) {
    const holidaysCount = /\bnot skipping\b|\bweekends only\b|\bholidays count\b|\bincluding holidays\b/.test(
      text,
    );
    return {
      rule: "business_days_after",
      count: Number(counted[1]),
      from: /\b(start|beginning)\b/.test(text) ? "period_start" : "period_end",
      holidays: !holidaysCount,
    };
  }
  const onNonWorkingDay = /\b(before|earlier)\b/.test(text)
    ? "before"
    : /\b(after|later)\b/.test(text)
      ? "after"
      : "keep";
  const weekday = WEEKDAY_NAMES.findIndex((name) =>
    new RegExp(`\\b(${name.toLowerCase()}|${name.slice(0, 3).toLowerCase()})\\b`).test(text),
  );
  if (weekday >= 0) return { rule: "day_of_week", day: weekday + 1, onNonWorkingDay };
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text);
  if (day) return { rule: "day_of_month", day: Number(day[1]), onNonWorkingDay };
  return {
    error: `Kontor cannot read the due rule "${cell.trim()}": write e.g. "day 20, move before", "20 business days after end" or "last business day".`,
  };
}

const RECURRENCES: Record<string, Recurrence["every"]> = {
  weekly: "week",
  week: "week",
  "every week": "week",
  monthly: "month",
  month: "month",
  "every month": "month",
  quarterly: "quarter",
  quarter: "quarter",
  "every quarter": "quarter",
  yearly: "year",
  year: "year",
  annually: "year",
  annual: "year",
  "every year": "year",
  once: "once",
  "one-off": "once",
  "one off": "once",
};

/** Recurrence, Month and Date cells together (a yearly task needs its month). */
export function readRecurrence(every: string, month: string, date: string): Read<Recurrence> {
  const kind = RECURRENCES[words(every)];
  if (!kind) {
    return {
      error: every.trim()
        ? `Write the recurrence as weekly, monthly, quarterly, yearly or once, not "${every.trim()}".`
        : "Say how often in the Recurrence column: weekly, monthly, quarterly, yearly or once.",
    };
  }
  if (kind === "week" || kind === "month") return { every: kind };
  if (kind === "once") {
    if (date.trim() === "") return { every: "once" };
    const day = readDate(date);
    return isError(day) ? day : { every: "once", date: day };
  }
  const m = words(month);
  if (kind === "quarter") {
    if (m === "") return { every: "quarter" };
    const n = /^(1|2|3|first|second|third)\b/.exec(m)?.[1];
    const index = n ? ["1", "2", "3"].indexOf(n) + 1 || ["first", "second", "third"].indexOf(n) + 1 : 0;
    if (!index)
      return {
        error: `A quarterly task's Month is 1, 2 or 3 (the month of the quarter), not "${month.trim()}".`,
      };
    return { every: "quarter", month: index };
  }
  const byName = MONTH_NAMES.findIndex((name) => m.length >= 3 && name.toLowerCase().startsWith(m));
  const byNumber = /^\d{1,2}$/.test(m) ? Number(m) : 0;
  const index = byName >= 0 ? byName + 1 : byNumber;
  if (index < 1 || index > 12) {
    return {
      error: m
        ? `Kontor cannot read the month "${month.trim()}": write e.g. March or 3.`
        : "A yearly task needs its Month, e.g. March or 3.",
    };
  }
  return { every: "year", month: index };
}

/** `2027-01-20`, `20.01.2027`, or the day number Excel stores a date cell as. */
function readDate(cell: string): Read<string> {
  const text = cell.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const european = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  const pad = (n: string) => n.padStart(2, "0");
  if (iso) return `${iso[1]}-${pad(iso[2] ?? "")}-${pad(iso[3] ?? "")}`;
  if (european) return `${european[3]}-${pad(european[2] ?? "")}-${pad(european[1] ?? "")}`;
  if (/^\d{5}$/.test(text)) {
    // Excel's day 25569 is 1970-01-01.
    return new Date((Number(text) - 25569) * 86_400_000).toISOString().slice(0, 10);
  }
  return { error: `Write the date as YYYY-MM-DD, e.g. 2027-01-20, not "${text}".` };
}

/** Hours as people write them: 1.5, 1,5, 1:30, 90 min. Empty: no estimate. */
export function readEstimate(cell: string): Read<number | null> {
  const text = words(cell);
  if (text === "") return null;
  const minutes = /^(\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minutes)$/.exec(text);
  if (minutes) return Math.round(Number(minutes[1]?.replace(",", ".")));
  const clock = /^(\d+):([0-5]\d)$/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const hours = /^(\d+(?:[.,]\d+)?)\s*(?:h|hours?)?$/.exec(text);
  if (hours) return Math.round(Number(hours[1]?.replace(",", ".")) * 60);
  return { error: `Write the estimate in hours, e.g. 1.5, not "${cell.trim()}".` };
}

/** Items separated by ";" or line breaks; blank ones dropped. */
export function readChecklist(cell: string): string[] {
  return cell
    .split(/[;\r\n]+/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
