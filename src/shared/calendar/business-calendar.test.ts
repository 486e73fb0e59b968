import { describe, expect, it } from "vitest";
import { BusinessCalendar, holidaysFromList, MissingHolidaysError, noHolidays } from "./business-calendar.js";
import { eachDay } from "./calendar-date.js";

// A made-up country: New Year, a Christmas run and one spring holiday, so these tests need no library.
const holidays = holidaysFromList(
  [2026, 2027],
  [
    { date: "2026-12-24", name: "Christmas Eve" },
    { date: "2026-12-25", name: "Christmas Day" },
    { date: "2026-12-28", name: "Boxing Day (substitute day)" },
    { date: "2027-01-01", name: "New Year's Day" },
    { date: "2027-04-05", name: "Spring Day" },
    { date: "2027-04-05", name: "Tree Day" },
  ],
);
const monToFri = new BusinessCalendar({ timeZone: "Europe/Tallinn", workingDays: [1, 2, 3, 4, 5], holidays });

describe("a business calendar", () => {
  it("knows weekends and public holidays, and can count holidays as working days", () => {
    expect(monToFri.isWorkingDay("2027-01-04")).toBe(true);
    expect(monToFri.isWorkingDay("2027-01-02")).toBe(false); // Saturday
    expect(monToFri.isWorkingDay("2027-01-01")).toBe(false); // holiday
    expect(monToFri.isWorkingDay("2027-01-01", { holidays: false })).toBe(true);
    expect(monToFri.isWorkingDay("2027-01-02", { holidays: false })).toBe(false);
    expect(monToFri.holidaysOn("2027-04-05")).toEqual(["Spring Day", "Tree Day"]);
    expect(monToFri.publicHolidays(2027).map((h) => h.date)).toEqual([
      "2027-01-01",
      "2027-04-05",
      "2027-04-05",
    ]);
  });

  it("finds the next and previous working day over holidays and weekends", () => {
    expect(monToFri.nextWorkingDay("2026-12-23")).toBe("2026-12-29");
    expect(monToFri.previousWorkingDay("2026-12-29")).toBe("2026-12-23");
    expect(monToFri.nextWorkingDay("2026-12-23", { holidays: false })).toBe("2026-12-24");
    expect(monToFri.workingDayOnOrAfter("2027-01-04")).toBe("2027-01-04");
    expect(monToFri.workingDayOnOrAfter("2027-01-01")).toBe("2027-01-04");
    expect(monToFri.workingDayOnOrBefore("2027-01-03")).toBe("2026-12-31");
  });

  it("adds business days forward and back; the start day never counts", () => {
    expect(monToFri.addBusinessDays("2026-12-23", 1)).toBe("2026-12-29");
    expect(monToFri.addBusinessDays("2026-12-23", 4)).toBe("2027-01-04");
    expect(monToFri.addBusinessDays("2026-12-23", 5)).toBe("2027-01-05");
    expect(monToFri.addBusinessDays("2026-12-23", 5, { holidays: false })).toBe("2026-12-30");
    expect(monToFri.addBusinessDays("2027-01-04", -1)).toBe("2026-12-31");
    expect(monToFri.addBusinessDays("2027-01-02", 0)).toBe("2027-01-02");
    expect(() => monToFri.addBusinessDays("2027-01-04", 1.5)).toThrow(RangeError);
  });

  it("gives a period's last business day, or the one before a period without any", () => {
    expect(monToFri.lastBusinessDay({ start: "2027-01-01", end: "2027-01-03" })).toBe("2026-12-31");
    expect(monToFri.lastBusinessDay({ start: "2026-12-01", end: "2026-12-31" })).toBe("2026-12-31");
  });

  it("starts the week after the weekend: Monday for Monday–Friday, Sunday for Sunday–Thursday", () => {
    expect(monToFri.weekStartsOn).toBe(1);
    expect([monToFri.startOfWeek("2027-01-03"), monToFri.endOfWeek("2027-01-03")]).toEqual([
      "2026-12-28",
      "2027-01-03",
    ]);
    const sunToThu = new BusinessCalendar({
      timeZone: "Asia/Jerusalem",
      workingDays: [7, 1, 2, 3, 4],
      holidays: noHolidays,
    });
    expect(sunToThu.workingDays).toEqual([1, 2, 3, 4, 7]);
    expect(sunToThu.weekStartsOn).toBe(7);
    expect([sunToThu.startOfWeek("2027-01-02"), sunToThu.startOfWeek("2027-01-03")]).toEqual([
      "2026-12-27",
      "2027-01-03",
    ]);
    expect(sunToThu.nextWorkingDay("2026-12-31")).toBe("2027-01-03");
    expect(
      new BusinessCalendar({ timeZone: "UTC", workingDays: [1, 2, 3, 4, 5, 6, 7], holidays: noHolidays })
        .weekStartsOn,
    ).toBe(1);
    expect(
      new BusinessCalendar({ timeZone: "UTC", workingDays: [2, 3, 4, 5, 6], holidays: noHolidays })
        .weekStartsOn,
    ).toBe(2);
  });

  it("tells today in its own time zone", () => {
    const auckland = new BusinessCalendar({
      timeZone: "Pacific/Auckland",
      workingDays: [1, 2, 3, 4, 5],
      holidays,
    });
    const instant = new Date("2027-01-19T11:30:00Z");
    expect(auckland.today(instant)).toBe("2027-01-20");
    expect(monToFri.today(instant)).toBe("2027-01-19");
  });

  it("refuses a calendar without working days or with an unknown time zone", () => {
    expect(() => new BusinessCalendar({ timeZone: "UTC", workingDays: [], holidays })).toThrow(/one or more/);
    // @ts-expect-error 8 is not a weekday
    expect(() => new BusinessCalendar({ timeZone: "UTC", workingDays: [1, 8], holidays })).toThrow(
      /1 \(Monday\)/,
    );
    expect(() => new BusinessCalendar({ timeZone: "Europe/Atlantis", workingDays: [1], holidays })).toThrow(
      /not a time zone/,
    );
  });

  it("asks for the holidays of a year it was not given instead of assuming none", () => {
    expect(() => monToFri.isWorkingDay("2028-01-03")).toThrow(MissingHolidaysError);
    expect(() => monToFri.isWorkingDay("2028-01-03")).toThrow(/2028 are not loaded/);
    // A weekend day needs no holidays.
    expect(monToFri.isWorkingDay("2028-01-01")).toBe(false);
  });

  it("gives up with a clear error when no day is ever a working day", () => {
    const everyDayOff = new BusinessCalendar({
      timeZone: "UTC",
      workingDays: [1],
      holidays: (year) =>
        eachDay(`${year}-01-01`, `${year}-12-31`).map((date) => ({ date, name: "Day off" })),
    });
    expect(() => everyDayOff.nextWorkingDay("2027-01-04")).toThrow(
      /No working day within ten years of 2027-01-05/,
    );
  });
});
