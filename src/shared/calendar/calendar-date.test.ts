import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  calendarDate,
  compareDates,
  dateParts,
  daysBetween,
  eachDay,
  endOfMonth,
  endOfQuarter,
  endOfYear,
  fromDayNumber,
  isCalendarDate,
  quarterOf,
  startOfMonth,
  startOfQuarter,
  startOfYear,
  toDayNumber,
  weekdayOf,
} from "./calendar-date.js";

describe("calendar dates", () => {
  it("count days exactly as the Gregorian calendar does, across centuries", () => {
    for (const year of [1, 400, 1600, 1899, 1900, 1970, 2000, 2024, 2027, 2100, 9999]) {
      for (const [month, day] of [
        [1, 1],
        [2, 28],
        [3, 1],
        [12, 31],
      ] as const) {
        const date = calendarDate(year, month, day);
        const utc = new Date(0);
        utc.setUTCFullYear(year, month - 1, day);
        expect(toDayNumber(date), date).toBe(utc.getTime() / 86_400_000);
        expect(fromDayNumber(toDayNumber(date))).toBe(date);
      }
    }
  });

  it("know leap years: 29 February exists in 2024 and 2000, not in 2027 or 2100", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("2100-02-29")).toBe(false);
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
  });

  it("refuse strings that are not real YYYY-MM-DD days, saying how to write one", () => {
    for (const bad of [
      "2027-02-30",
      "2027-13-01",
      "2027-1-5",
      "20270105",
      "",
      "2027-01-05T00:00:00Z",
      " 2027-01-05",
    ]) {
      expect(isCalendarDate(bad), bad).toBe(false);
      expect(() => dateParts(bad), bad).toThrow(/write it as YYYY-MM-DD/);
    }
    expect(isCalendarDate(20270105)).toBe(false);
    expect(() => calendarDate(2027, 2, 29)).toThrow(RangeError);
  });

  it("add months keeping the day, or the month's last day when it is shorter", () => {
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2027-03-31", -1)).toBe("2027-02-28");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
    expect(addMonths("2027-01-15", -13)).toBe("2025-12-15");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
  });

  it("add days across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDays("2027-03-01", 45)).toBe("2027-04-15");
    expect(daysBetween("2026-12-15", "2027-01-29")).toBe(45);
    expect(daysBetween("2027-01-29", "2026-12-15")).toBe(-45);
  });

  it("tell the weekday (1 = Monday … 7 = Sunday)", () => {
    expect(weekdayOf("2027-01-04")).toBe(1);
    expect(weekdayOf("2027-01-01")).toBe(5);
    expect(weekdayOf("2026-09-20")).toBe(7);
    expect(weekdayOf("1969-12-31")).toBe(3);
    expect(weekdayOf("2024-02-29")).toBe(4);
  });

  it("give the start and end of a month, quarter and year", () => {
    expect([startOfMonth("2028-02-10"), endOfMonth("2028-02-10")]).toEqual(["2028-02-01", "2028-02-29"]);
    expect([startOfQuarter("2027-05-17"), endOfQuarter("2027-05-17"), quarterOf("2027-05-17")]).toEqual([
      "2027-04-01",
      "2027-06-30",
      2,
    ]);
    expect([startOfQuarter("2027-12-31"), endOfQuarter("2027-10-01")]).toEqual(["2027-10-01", "2027-12-31"]);
    expect([startOfYear("2027-06-15"), endOfYear("2027-06-15")]).toEqual(["2027-01-01", "2027-12-31"]);
  });

  it("compare and list days", () => {
    expect(compareDates("2027-01-09", "2027-01-10")).toBe(-1);
    expect(compareDates("2027-01-10", "2027-01-10")).toBe(0);
    expect(compareDates("2028-01-01", "2027-12-31")).toBe(1);
    expect(eachDay("2027-02-27", "2027-03-02")).toEqual([
      "2027-02-27",
      "2027-02-28",
      "2027-03-01",
      "2027-03-02",
    ]);
    expect(eachDay("2027-03-02", "2027-03-01")).toEqual([]);
  });
});
