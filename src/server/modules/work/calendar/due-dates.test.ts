import { afterEach, describe, expect, it, vi } from "vitest";
import type { CompanyCalendar } from "../../../../shared/api/company-calendar.js";
import { occurrenceFor } from "../../../../shared/calendar/occurrences.js";
import { Schedule } from "../../../../shared/calendar/schedule.js";
import { companyBusinessCalendar } from "./company-business-calendar.js";

/**
 * Deadlines with real calendars (holidays from the library), each worked out by hand in its
 * comment. Weekdays: 1 Jan 2026 was a Thursday, 1 Jan 2027 a Friday, 1 Jan 2028 a Saturday.
 */

const monToFri = [1, 2, 3, 4, 5] as CompanyCalendar["workingDays"];
const places = {
  EE: { country: "EE", region: null, timeZone: "Europe/Tallinn", workingDays: monToFri },
  England: { country: "GB", region: "ENG", timeZone: "Europe/London", workingDays: monToFri },
  NZ: { country: "NZ", region: null, timeZone: "Pacific/Auckland", workingDays: monToFri },
  Auckland: { country: "NZ", region: "AUK", timeZone: "Pacific/Auckland", workingDays: monToFri },
  DE: { country: "DE", region: null, timeZone: "Europe/Berlin", workingDays: monToFri },
  Bavaria: { country: "DE", region: "BY", timeZone: "Europe/Berlin", workingDays: monToFri },
  // Sunday–Thursday week, Israeli holidays.
  IL: {
    country: "IL",
    region: null,
    timeZone: "Asia/Jerusalem",
    workingDays: [7, 1, 2, 3, 4] as CompanyCalendar["workingDays"],
  },
} satisfies Record<string, CompanyCalendar>;
type Place = keyof typeof places;

const schedules = {
  vatReturn: {
    recurrence: { every: "month" },
    due: { rule: "business_days_after", count: 20, from: "period_end" },
  },
  vatReturnWithoutHolidays: {
    recurrence: { every: "month" },
    due: { rule: "business_days_after", count: 20, from: "period_end", holidays: false },
  },
  the20th: { recurrence: { every: "month" }, due: { rule: "day_of_month", day: 20 } },
  the20thOrBefore: {
    recurrence: { every: "month" },
    due: { rule: "day_of_month", day: 20, onNonWorkingDay: "before" },
  },
  the20thOrAfter: {
    recurrence: { every: "month" },
    due: { rule: "day_of_month", day: 20, onNonWorkingDay: "after" },
  },
  the23rdOrAfter: {
    recurrence: { every: "month" },
    due: { rule: "day_of_month", day: 23, onNonWorkingDay: "after" },
  },
  the23rdOrBefore: {
    recurrence: { every: "month" },
    due: { rule: "day_of_month", day: 23, onNonWorkingDay: "before" },
  },
  the25thOrAfter: {
    recurrence: { every: "month" },
    due: { rule: "day_of_month", day: 25, onNonWorkingDay: "after" },
  },
  the25thOrBefore: {
    recurrence: { every: "month" },
    due: { rule: "day_of_month", day: 25, onNonWorkingDay: "before" },
  },
  the3rdOrAfter: {
    recurrence: { every: "month" },
    due: { rule: "day_of_month", day: 3, onNonWorkingDay: "after" },
  },
  the3rdOrBefore: {
    recurrence: { every: "month" },
    due: { rule: "day_of_month", day: 3, onNonWorkingDay: "before" },
  },
  the31st: { recurrence: { every: "month" }, due: { rule: "day_of_month", day: 31 } },
  the31stOrBefore: {
    recurrence: { every: "month" },
    due: { rule: "day_of_month", day: 31, onNonWorkingDay: "before" },
  },
  the31stOrAfter: {
    recurrence: { every: "month" },
    due: { rule: "day_of_month", day: 31, onNonWorkingDay: "after" },
  },
  monthEnd: { recurrence: { every: "month" }, due: { rule: "last_business_day" } },
  thirdBusinessDay: {
    recurrence: { every: "month" },
    due: { rule: "business_days_after", count: 3, from: "period_start" },
  },
  fifthBusinessDay: {
    recurrence: { every: "month" },
    due: { rule: "business_days_after", count: 5, from: "period_start" },
  },
  quarterEnd: { recurrence: { every: "quarter" }, due: { rule: "last_business_day" } },
  quarterlyVat: {
    recurrence: { every: "quarter" },
    due: { rule: "business_days_after", count: 20, from: "period_end" },
  },
  the7thOfMidQuarterMonth: {
    recurrence: { every: "quarter", month: 2 },
    due: { rule: "day_of_month", day: 7, onNonWorkingDay: "after" },
  },
  the10thOfQuarter: {
    recurrence: { every: "quarter" },
    due: { rule: "day_of_month", day: 10, onNonWorkingDay: "after" },
  },
  fridayOrBefore: {
    recurrence: { every: "week" },
    due: { rule: "day_of_week", day: 5, onNonWorkingDay: "before" },
  },
  fridayOrAfter: {
    recurrence: { every: "week" },
    due: { rule: "day_of_week", day: 5, onNonWorkingDay: "after" },
  },
  friday: { recurrence: { every: "week" }, due: { rule: "day_of_week", day: 5 } },
  sundayOrAfter: {
    recurrence: { every: "week" },
    due: { rule: "day_of_week", day: 7, onNonWorkingDay: "after" },
  },
  weekEnd: { recurrence: { every: "week" }, due: { rule: "last_business_day" } },
  annualReport: {
    recurrence: { every: "year", month: 6 },
    due: { rule: "day_of_month", day: 30, onNonWorkingDay: "before" },
  },
  yearEnd: { recurrence: { every: "year", month: 12 }, due: { rule: "last_business_day" } },
  firstBusinessDayOfYear: {
    recurrence: { every: "year", month: 1 },
    due: { rule: "business_days_after", count: 1, from: "period_start" },
  },
  onboardingOn1Jan: {
    recurrence: { every: "once", date: "2027-01-01" },
    due: { rule: "business_days_after", count: 1, from: "period_start" },
  },
  lastWorkingDayBy1Jan: {
    recurrence: { every: "once", date: "2027-01-01" },
    due: { rule: "last_business_day" },
  },
} as const;
type ScheduleName = keyof typeof schedules;

// [place, schedule, a day of the period, deadline, why]
const cases: [Place, ScheduleName, string, string, string][] = [
  // "VAT return: 20 business days after month end"
  ["EE", "vatReturn", "2026-12-15", "2027-01-29", "1 Jan holiday; 4–8, 11–15, 18–22, 25–29 Jan are the 20"],
  ["England", "vatReturn", "2026-12-15", "2027-01-29", "1 Jan bank holiday, then as in Estonia"],
  [
    "EE",
    "vatReturnWithoutHolidays",
    "2026-12-15",
    "2027-01-28",
    "1 Jan counts as the 1st, 28 Jan is the 20th",
  ],
  ["EE", "vatReturn", "2026-11-15", "2026-12-30", "1–23 Dec give 17; 24, 25 Dec holidays; 28, 29, 30 Dec"],
  [
    "England",
    "vatReturn",
    "2026-11-15",
    "2026-12-30",
    "1–24 Dec give 18; 25 Dec, 28 Dec (Boxing Day moved); 29, 30",
  ],
  ["EE", "vatReturn", "2027-12-15", "2028-01-28", "1 Jan 2028 is a Saturday and stays there: 3–28 Jan"],
  ["England", "vatReturn", "2027-12-15", "2028-01-31", "New Year's Day moves to Monday 3 Jan: 4–31 Jan"],
  ["NZ", "vatReturn", "2026-12-15", "2027-02-01", "1 Jan, 2 Jan moved to 4 Jan: 5 Jan–1 Feb"],
  ["Auckland", "vatReturn", "2026-12-15", "2027-02-02", "and Auckland Anniversary Day on 1 Feb"],
  [
    "IL",
    "vatReturn",
    "2026-06-15",
    "2026-07-28",
    "Sunday–Thursday: 1–2 Jul, then four weeks of Sun–Thu to 28 Jul",
  ],
  // The 20th on a Sunday (20 Sep 2026, 20 Dec 2026, 20 Jun 2027)
  ["EE", "the20th", "2026-09-01", "2026-09-20", "kept on the Sunday"],
  ["EE", "the20thOrBefore", "2026-09-01", "2026-09-18", "Friday before"],
  ["EE", "the20thOrAfter", "2026-09-01", "2026-09-21", "Monday after"],
  ["England", "the20thOrBefore", "2026-12-01", "2026-12-18", "Friday before"],
  ["England", "the20thOrAfter", "2026-12-01", "2026-12-21", "Monday after"],
  ["EE", "the20thOrAfter", "2027-06-01", "2027-06-21", "Monday after"],
  // Runs of holidays
  ["EE", "the23rdOrAfter", "2026-06-01", "2026-06-25", "Victory Day 23 Jun and Midsummer Day 24 Jun"],
  ["EE", "the23rdOrBefore", "2026-06-01", "2026-06-22", "Monday before Victory Day"],
  [
    "England",
    "the25thOrAfter",
    "2026-12-01",
    "2026-12-29",
    "Christmas Friday, weekend, Boxing Day moved to Monday 28",
  ],
  ["England", "the25thOrBefore", "2026-12-01", "2026-12-24", "24 Dec is a working day in England"],
  ["EE", "the25thOrAfter", "2026-12-01", "2026-12-28", "Estonia does not move holidays off weekends"],
  ["EE", "the25thOrBefore", "2026-12-01", "2026-12-23", "Christmas Eve is a holiday in Estonia"],
  // Easter (5 Apr 2026; 31 Mar 2024)
  [
    "EE",
    "the3rdOrAfter",
    "2026-04-01",
    "2026-04-06",
    "Good Friday 3 Apr; Easter Monday is a working day in Estonia",
  ],
  ["England", "the3rdOrAfter", "2026-04-01", "2026-04-07", "Good Friday and Easter Monday"],
  ["England", "the3rdOrBefore", "2026-04-01", "2026-04-02", "Thursday before Good Friday"],
  ["EE", "thirdBusinessDay", "2026-04-01", "2026-04-06", "1, 2 Apr, then Monday 6 Apr"],
  [
    "DE",
    "thirdBusinessDay",
    "2026-04-01",
    "2026-04-07",
    "1, 2 Apr, Good Friday and Easter Monday off, 7 Apr",
  ],
  ["EE", "monthEnd", "2024-03-01", "2024-03-28", "Good Friday 29 Mar, then the weekend"],
  ["England", "quarterEnd", "2024-02-10", "2024-03-28", "the quarter ends on Easter weekend"],
  // Leap years and short months: the 31st is the month's last day
  ["EE", "the31st", "2024-02-01", "2024-02-29", "leap year"],
  ["EE", "the31st", "2025-02-01", "2025-02-28", "not a leap year"],
  ["EE", "the31st", "2027-04-01", "2027-04-30", "April has 30 days"],
  ["EE", "the31stOrBefore", "2027-02-01", "2027-02-26", "28 Feb 2027 is a Sunday"],
  ["EE", "the31stOrAfter", "2027-02-01", "2027-03-01", "the Monday after, in March"],
  ["EE", "monthEnd", "2028-02-01", "2028-02-29", "a Tuesday"],
  // Quarters
  ["EE", "quarterEnd", "2027-05-17", "2027-06-30", "a Wednesday"],
  ["EE", "quarterEnd", "2026-10-01", "2026-12-31", "Thursday 31 Dec is a working day in Estonia"],
  [
    "England",
    "quarterlyVat",
    "2027-01-01",
    "2027-04-28",
    "Easter was in March: 1–2, 5–9, 12–16, 19–23, 26–28 Apr",
  ],
  ["EE", "quarterlyVat", "2026-12-31", "2027-01-29", "as the December return"],
  ["England", "the7thOfMidQuarterMonth", "2027-03-31", "2027-02-08", "7 Feb 2027 is a Sunday"],
  ["England", "the7thOfMidQuarterMonth", "2027-04-01", "2027-05-07", "a Friday"],
  ["DE", "the10thOfQuarter", "2027-12-01", "2027-10-11", "10 Oct 2027 is a Sunday"],
  // Weeks (Monday–Sunday, or Sunday–Saturday for a Sunday–Thursday company)
  ["EE", "fridayOrBefore", "2027-01-03", "2026-12-31", "New Year's Day is that week's Friday"],
  ["EE", "fridayOrAfter", "2026-12-28", "2027-01-04", "the Monday after"],
  ["EE", "friday", "2026-12-30", "2027-01-01", "kept on the holiday"],
  ["EE", "weekEnd", "2026-12-21", "2026-12-23", "Christmas Eve and Day are Thursday and Friday"],
  ["England", "friday", "2026-06-29", "2026-07-03", "a week from June into July"],
  ["IL", "weekEnd", "2026-07-01", "2026-07-02", "the week ends on Thursday"],
  ["IL", "fridayOrBefore", "2026-06-28", "2026-07-02", "Friday is a day off: Thursday"],
  ["IL", "fridayOrAfter", "2026-07-04", "2026-07-05", "Friday is a day off: Sunday"],
  ["IL", "sundayOrAfter", "2026-09-13", "2026-09-14", "Rosh Hashanah day 2 on Sunday 13 Sep"],
  // Years
  ["EE", "annualReport", "2027-02-01", "2027-06-30", "a Wednesday"],
  ["EE", "annualReport", "2029-02-01", "2029-06-29", "30 Jun 2029 is a Saturday"],
  ["EE", "annualReport", "2024-02-01", "2024-06-28", "30 Jun 2024 is a Sunday"],
  ["EE", "yearEnd", "2028-05-01", "2028-12-29", "31 Dec 2028 is a Sunday"],
  ["EE", "firstBusinessDayOfYear", "2027-07-01", "2027-01-04", "1 Jan a Friday holiday"],
  [
    "England",
    "firstBusinessDayOfYear",
    "2028-07-01",
    "2028-01-04",
    "1 Jan on Saturday, moved to Monday 3 Jan",
  ],
  // Regions
  ["DE", "fifthBusinessDay", "2027-01-01", "2027-01-08", "1 Jan; 4–8 Jan"],
  ["Bavaria", "fifthBusinessDay", "2027-01-01", "2027-01-11", "and Epiphany on 6 Jan"],
  // One-off
  ["EE", "onboardingOn1Jan", "2030-01-01", "2027-01-04", "the first business day from 1 Jan 2027"],
  ["EE", "lastWorkingDayBy1Jan", "2030-01-01", "2026-12-31", "the last working day up to 1 Jan 2027"],
];

function deadlines() {
  return cases.map(([place, name, day]) => {
    const calendar = companyBusinessCalendar(places[place]);
    return occurrenceFor(Schedule.parse(schedules[name]), calendar, day).deadline;
  });
}

describe("due dates with real calendars", () => {
  it.each(cases)("%s, %s, period of %s: due %s (%s)", (place, name, day, deadline) => {
    const calendar = companyBusinessCalendar(places[place]);
    expect(occurrenceFor(Schedule.parse(schedules[name]), calendar, day).deadline).toBe(deadline);
  });
});

describe("the server's own time zone", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("changes no deadline: a task due on the 20th is due on the 20th", async () => {
    const expected = cases.map((c) => c[3]);
    expect(deadlines()).toEqual(expected);
    // UTC+14 and UTC-11: the same instant is a different day there.
    for (const [zone, offset] of [
      ["Pacific/Kiritimati", -840],
      ["Pacific/Pago_Pago", 660],
    ] as const) {
      vi.stubEnv("TZ", zone);
      expect(new Date("2027-01-20T00:00:00Z").getTimezoneOffset(), zone).toBe(offset);
      // Fresh modules: the holidays are worked out anew under this zone.
      vi.resetModules();
      const { companyBusinessCalendar: fresh } = await import("./company-business-calendar.js");
      const { occurrenceFor: freshOccurrence } = await import("../../../../shared/calendar/occurrences.js");
      const found = cases.map(([place, name, day]) =>
        freshOccurrence(Schedule.parse(schedules[name]), fresh(places[place]), day),
      );
      expect(
        found.map((o) => o.deadline),
        zone,
      ).toEqual(expected);
    }
  });
});
