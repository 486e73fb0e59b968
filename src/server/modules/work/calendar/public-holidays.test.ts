import { describe, expect, it } from "vitest";
import { BusinessCalendar, holidaysFromList } from "../../../../shared/calendar/business-calendar.js";
import { nextOccurrence, occurrencesDueBetween } from "../../../../shared/calendar/occurrences.js";
import { Schedule } from "../../../../shared/calendar/schedule.js";
import { AppError } from "../../../lib/errors.js";
import { assertHolidayPlace, companyBusinessCalendar } from "./company-business-calendar.js";
import {
  holidayCountries,
  holidayPlaceProblem,
  holidayRegions,
  publicHolidaysOf,
} from "./public-holidays.js";

const dates = (place: { country: string; region?: string | null }, year: number) =>
  publicHolidaysOf(place)(year).map((h) => h.date);

describe("public holidays", () => {
  it("are Estonia's days off, with English names, not its observances", () => {
    expect(publicHolidaysOf({ country: "EE" })(2027)).toEqual([
      { date: "2027-01-01", name: "New Year's Day" },
      { date: "2027-02-24", name: "Independence Day" },
      { date: "2027-03-26", name: "Good Friday" },
      { date: "2027-03-28", name: "Easter Sunday" },
      { date: "2027-05-01", name: "Labour Day" },
      { date: "2027-05-16", name: "Pentecost" },
      { date: "2027-06-23", name: "Victory Day" },
      { date: "2027-06-24", name: "Midsummer Day" },
      { date: "2027-08-20", name: "Day of Restoration of Independence" },
      { date: "2027-12-24", name: "Christmas Eve" },
      { date: "2027-12-25", name: "Christmas Day" },
      { date: "2027-12-26", name: "Boxing Day" },
    ]);
  });

  it("follow the region: England has a summer bank holiday and substitute days, the UK as a whole does not", () => {
    expect(dates({ country: "GB", region: "ENG" }, 2027)).toEqual([
      "2027-01-01",
      "2027-03-26",
      "2027-03-29",
      "2027-05-03",
      "2027-05-31",
      "2027-08-30",
      "2027-12-25",
      "2027-12-26",
      "2027-12-27",
      "2027-12-28",
    ]);
    expect(dates({ country: "GB" }, 2027)).not.toContain("2027-08-30");
    expect(dates({ country: "GB", region: "SCT" }, 2027)).toContain("2027-08-02");
    expect(dates({ country: "DE", region: "by" }, 2027)).toContain("2027-01-06");
    expect(dates({ country: "de" }, 2027)).not.toContain("2027-01-06");
  });

  it("count every day of a holiday of several days, and leave out afternoons off", () => {
    // Eid al-Fitr is three days off in the United Arab Emirates.
    const uae = publicHolidaysOf({ country: "AE" })(2027).filter((h) => h.name.startsWith("End of Ramadan"));
    expect(uae.map((h) => h.date)).toEqual(["2027-03-09", "2027-03-10", "2027-03-11"]);
    // Eswatini's Incwala runs six days from 28 December, into the next year.
    const incwala = publicHolidaysOf({ country: "SZ" })(2027).filter((h) => h.name === "Incwala Festival");
    expect(incwala.map((h) => h.date)).toEqual([
      "2027-01-01",
      "2027-01-02",
      "2027-12-28",
      "2027-12-29",
      "2027-12-30",
      "2027-12-31",
    ]);
    // China's Youth Day is an afternoon off for some: 4 May stays a working day.
    expect(dates({ country: "CN" }, 2027)).not.toContain("2027-05-04");
  });

  it("list the countries and regions a company can choose", () => {
    const countries = holidayCountries();
    expect(countries.length).toBeGreaterThan(150);
    expect(countries).toContainEqual({ code: "EE", name: "Estonia" });
    expect(holidayRegions("gb").map((r) => r.code)).toEqual(
      expect.arrayContaining(["ENG", "NIR", "SCT", "WLS"]),
    );
    expect(holidayRegions("EE")).toEqual([]);
  });

  it("refuse a country or region the library does not know instead of giving no holidays", () => {
    expect(holidayPlaceProblem({ country: "EE" })).toBeUndefined();
    expect(holidayPlaceProblem({ country: "XX" })).toEqual({
      field: "country",
      message: 'Kontor has no public holidays for the country "XX".',
    });
    expect(holidayPlaceProblem({ country: "GB", region: "ZZ" })).toEqual({
      field: "region",
      message: '"ZZ" is not a region of GB with its own holidays.',
    });
    expect(() => publicHolidaysOf({ country: "XX" })).toThrow(RangeError);
    try {
      assertHolidayPlace({ country: "EE", region: "ENG" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(400);
      expect((error as AppError).details).toEqual([
        { field: "region", message: '"ENG" is not a region of EE with its own holidays.' },
      ]);
    }
  });
});

describe("the web app's calendar", () => {
  it("gives the same deadlines from the holidays the server sends as the server itself", () => {
    const settings = {
      country: "GB",
      region: "ENG",
      timeZone: "Europe/London",
      workingDays: [1, 2, 3, 4, 5],
    } as const;
    const server = companyBusinessCalendar({ ...settings, workingDays: [...settings.workingDays] });
    // What GET /api/company/holidays?year= answers for the years the preview needs.
    const years = [2026, 2027, 2028];
    const web = new BusinessCalendar({
      ...settings,
      holidays: holidaysFromList(
        years,
        years.flatMap((y) => server.publicHolidays(y)),
      ),
    });
    const vat = Schedule.parse({
      recurrence: { every: "month" },
      due: { rule: "business_days_after", count: 20, from: "period_end" },
    });
    const window = { from: "2026-06-01", to: "2027-12-31" };
    expect(occurrencesDueBetween(vat, web, window)).toEqual(occurrencesDueBetween(vat, server, window));
    expect(nextOccurrence(vat, web, "2027-01-01")?.deadline).toBe("2027-01-29");
  });
});
