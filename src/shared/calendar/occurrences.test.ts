import { describe, expect, it } from "vitest";
import { BusinessCalendar, holidaysFromList, noHolidays } from "./business-calendar.js";
import { addDays, compareDates } from "./calendar-date.js";
import { nextOccurrence, type Occurrence, occurrenceFor, occurrencesDueBetween } from "./occurrences.js";
import { Schedule } from "./schedule.js";

// Estonia's Christmas and New Year (the real calendars are tested in the server's calendar module).
const calendar = new BusinessCalendar({
  timeZone: "Europe/Tallinn",
  workingDays: [1, 2, 3, 4, 5],
  holidays: holidaysFromList(
    [2026, 2027, 2028],
    [
      "2026-12-24",
      "2026-12-25",
      "2026-12-26",
      "2027-01-01",
      "2027-12-24",
      "2027-12-25",
      "2027-12-26",
      "2028-01-01",
    ].map((date) => ({ date, name: "Holiday" })),
  ),
});

const schedule = (value: unknown) => Schedule.parse(value);
const vatReturn = schedule({
  recurrence: { every: "month" },
  due: { rule: "business_days_after", count: 20, from: "period_end" },
});
const the20thOrAfter = schedule({
  recurrence: { every: "month" },
  due: { rule: "day_of_month", day: 20, onNonWorkingDay: "after" },
});
const fridays = schedule({
  recurrence: { every: "week" },
  due: { rule: "day_of_week", day: 5, onNonWorkingDay: "before" },
});
const quarterEnd = schedule({ recurrence: { every: "quarter" }, due: { rule: "last_business_day" } });
const midQuarter7th = schedule({
  recurrence: { every: "quarter", month: 2 },
  due: { rule: "day_of_month", day: 7, onNonWorkingDay: "after" },
});
const firstOrBefore = schedule({
  recurrence: { every: "month" },
  due: { rule: "day_of_month", day: 1, onNonWorkingDay: "before" },
});
const annualReport = schedule({
  recurrence: { every: "year", month: 6 },
  due: { rule: "day_of_month", day: 30 },
});

describe("occurrences due in a window", () => {
  it("are the tasks due within the next 45 days, each with its period, start date and deadline", () => {
    expect(occurrencesDueBetween(vatReturn, calendar, { from: "2026-12-15", to: "2027-01-29" })).toEqual([
      {
        key: "2026-11",
        period: { start: "2026-11-01", end: "2026-11-30" },
        startDate: "2026-12-01",
        deadline: "2026-12-30",
      },
      {
        key: "2026-12",
        period: { start: "2026-12-01", end: "2026-12-31" },
        startDate: "2027-01-01",
        deadline: "2027-01-29",
      },
    ]);
    expect(occurrencesDueBetween(vatReturn, calendar, { from: "2027-01-10", to: "2027-01-28" })).toEqual([]);
    expect(occurrencesDueBetween(vatReturn, calendar, { from: "2027-02-01", to: "2027-01-01" })).toEqual([]);
  });

  it("come one by one to a job that runs every day, each exactly once, whatever the day it runs", () => {
    for (const s of [
      vatReturn,
      the20thOrAfter,
      fridays,
      quarterEnd,
      midQuarter7th,
      firstOrBefore,
      annualReport,
    ]) {
      const whole = occurrencesDueBetween(s, calendar, { from: "2026-11-01", to: "2028-01-15" });
      const daily: Occurrence[] = [];
      for (let day = "2026-11-01"; compareDates(day, "2028-01-15") <= 0; day = addDays(day, 1)) {
        daily.push(...occurrencesDueBetween(s, calendar, { from: day, to: day }));
      }
      expect(daily).toEqual(whole);
      expect(new Set(whole.map((o) => o.key)).size).toBe(whole.length);
      expect(whole.length).toBeGreaterThan(0);
    }
  });

  it("for weekly work are keyed by the week's first day, also across a month", () => {
    expect(occurrencesDueBetween(fridays, calendar, { from: "2026-06-22", to: "2026-07-12" })).toEqual([
      {
        key: "2026-06-22",
        period: { start: "2026-06-22", end: "2026-06-28" },
        startDate: "2026-06-22",
        deadline: "2026-06-26",
      },
      {
        key: "2026-06-29",
        period: { start: "2026-06-29", end: "2026-07-05" },
        startDate: "2026-06-29",
        deadline: "2026-07-03",
      },
      {
        key: "2026-07-06",
        period: { start: "2026-07-06", end: "2026-07-12" },
        startDate: "2026-07-06",
        deadline: "2026-07-10",
      },
    ]);
    const sundayToThursday = new BusinessCalendar({
      timeZone: "Asia/Jerusalem",
      workingDays: [7, 1, 2, 3, 4],
      holidays: noHolidays,
    });
    expect(occurrenceFor(fridays, sundayToThursday, "2026-07-01")).toEqual({
      key: "2026-06-28",
      period: { start: "2026-06-28", end: "2026-07-04" },
      startDate: "2026-06-28",
      deadline: "2026-07-02",
    });
  });

  it("for a month of each quarter are keyed by the quarter", () => {
    expect(occurrencesDueBetween(midQuarter7th, calendar, { from: "2027-01-01", to: "2027-06-30" })).toEqual([
      {
        key: "2027-Q1",
        period: { start: "2027-02-01", end: "2027-02-28" },
        startDate: "2027-02-01",
        deadline: "2027-02-08",
      },
      {
        key: "2027-Q2",
        period: { start: "2027-05-01", end: "2027-05-31" },
        startDate: "2027-05-01",
        deadline: "2027-05-07",
      },
    ]);
    expect(occurrenceFor(quarterEnd, calendar, "2027-05-17")).toMatchObject({
      key: "2027-Q2",
      period: { start: "2027-04-01", end: "2027-06-30" },
      startDate: "2027-04-01",
    });
    expect(occurrenceFor(annualReport, calendar, "2027-01-10")).toEqual({
      key: "2027",
      period: { start: "2027-06-01", end: "2027-06-30" },
      startDate: "2027-06-01",
      deadline: "2027-06-30",
    });
  });

  it("can start before their period when the deadline moves back into the month before", () => {
    // 1 Aug 2027 is a Sunday: due Friday 30 July.
    expect(occurrenceFor(firstOrBefore, calendar, "2027-08-15")).toEqual({
      key: "2027-08",
      period: { start: "2027-08-01", end: "2027-08-31" },
      startDate: "2027-07-30",
      deadline: "2027-07-30",
    });
  });
});

describe("a one-off task", () => {
  it("happens on its date, or on the day the workflow was applied", () => {
    const onDate = schedule({
      recurrence: { every: "once", date: "2027-01-01" },
      due: { rule: "last_business_day" },
    });
    expect(occurrencesDueBetween(onDate, calendar, { from: "2026-12-01", to: "2027-01-31" })).toEqual([
      {
        key: "2027-01-01",
        period: { start: "2027-01-01", end: "2027-01-01" },
        startDate: "2026-12-31",
        deadline: "2026-12-31",
      },
    ]);
    expect(occurrencesDueBetween(onDate, calendar, { from: "2027-01-01", to: "2027-01-31" })).toEqual([]);
    const onboarding = schedule({
      recurrence: { every: "once" },
      due: { rule: "business_days_after", count: 5, from: "period_start" },
    });
    expect(nextOccurrence(onboarding, calendar, "2026-12-20", { startsOn: "2026-12-21" })?.deadline).toBe(
      "2026-12-29",
    );
    expect(() => nextOccurrence(onboarding, calendar, "2026-12-20")).toThrow(
      /needs the day the workflow was applied/,
    );
  });
});

describe("the next deadline", () => {
  it("is what a template editor previews", () => {
    expect(nextOccurrence(the20thOrAfter, calendar, "2027-01-06")?.deadline).toBe("2027-01-20");
    expect(nextOccurrence(the20thOrAfter, calendar, "2027-01-21")?.deadline).toBe("2027-02-22");
    expect(nextOccurrence(vatReturn, calendar, "2027-01-01")).toMatchObject({
      key: "2026-12",
      deadline: "2027-01-29",
    });
    expect(nextOccurrence(vatReturn, calendar, "2027-01-30")).toMatchObject({
      key: "2027-01",
      deadline: "2027-02-26",
    });
    const past = schedule({
      recurrence: { every: "once", date: "2026-01-05" },
      due: { rule: "last_business_day" },
    });
    expect(nextOccurrence(past, calendar, "2027-01-01")).toBeUndefined();
  });
});
