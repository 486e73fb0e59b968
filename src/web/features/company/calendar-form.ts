import type { CompanyCalendar, UpdateCompanyCalendarBody } from "../../../shared/api/company-calendar.js";
import type { Weekday } from "../../../shared/calendar/calendar-date.js";

export const WEEKDAY_LABELS: ReadonlyArray<{ day: Weekday; short: string; long: string }> = [
  { day: 1, short: "Mon", long: "Monday" },
  { day: 2, short: "Tue", long: "Tuesday" },
  { day: 3, short: "Wed", long: "Wednesday" },
  { day: 4, short: "Thu", long: "Thursday" },
  { day: 5, short: "Fri", long: "Friday" },
  { day: 6, short: "Sat", long: "Saturday" },
  { day: 7, short: "Sun", long: "Sunday" },
];

/** The form's copy: choices as the inputs hold them (strings; "" for "the whole country"). */
export interface CalendarFormValues {
  country: string;
  region: string;
  timeZone: string;
  workingDays: string[];
}

export function formValuesOf(calendar: CompanyCalendar): CalendarFormValues {
  return {
    country: calendar.country,
    region: calendar.region ?? "",
    timeZone: calendar.timeZone,
    workingDays: calendar.workingDays.map(String),
  };
}

export function calendarBody(values: CalendarFormValues): UpdateCompanyCalendarBody {
  return {
    country: values.country,
    region: values.region === "" ? null : values.region,
    timeZone: values.timeZone,
    workingDays: values.workingDays.map(Number).sort((a, b) => a - b) as Weekday[],
  };
}

/** Another country has other regions: the region chosen for the last one no longer applies. */
export function withCountry(values: CalendarFormValues, country: string): CalendarFormValues {
  return { ...values, country, region: country === values.country ? values.region : "" };
}

/** "Monday to Friday", "Monday, Wednesday and Friday", "Every day". */
export function describeWorkingDays(days: readonly Weekday[]): string {
  if (days.length === 7) return "Every day";
  const sorted = [...days].sort((a, b) => a - b);
  const consecutive = sorted.every((day, i) => i === 0 || day === sorted[i - 1]! + 1);
  const name = (day: Weekday) => WEEKDAY_LABELS[day - 1]!.long;
  if (sorted.length >= 3 && consecutive) return `${name(sorted[0]!)} to ${name(sorted.at(-1)!)}`;
  const names = sorted.map(name);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Every time zone this browser knows, for the picker; the saved one first if it is missing. */
export function timeZoneChoices(saved: string): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return known.includes(saved) ? known : [saved, ...known];
}
