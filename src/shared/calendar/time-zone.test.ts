import { afterEach, describe, expect, it, vi } from "vitest";
import { dateInTimeZone, isTimeZone, normalizeTimeZone, startOfDayInTimeZone } from "./time-zone.js";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the company's today", () => {
  it("is already tomorrow in Auckland while it is still today in Tallinn", () => {
    // 20 January 2027: Auckland is UTC+13 (summer time), Tallinn UTC+2.
    const elevenUtc = Date.parse("2027-01-19T11:00:00Z");
    expect(dateInTimeZone(elevenUtc - 1000, "Pacific/Auckland")).toBe("2027-01-19"); // 23:59:59
    expect(dateInTimeZone(elevenUtc, "Pacific/Auckland")).toBe("2027-01-20"); // 00:00:00
    expect(dateInTimeZone(elevenUtc, "Europe/Tallinn")).toBe("2027-01-19"); // 13:00
    const tallinnMidnight = new Date("2027-01-19T22:00:00Z");
    expect(dateInTimeZone(new Date(tallinnMidnight.getTime() - 1000), "Europe/Tallinn")).toBe("2027-01-19");
    expect(dateInTimeZone(tallinnMidnight, "Europe/Tallinn")).toBe("2027-01-20");
  });

  it("follows daylight-saving time: midnight in Tallinn is 21:00 UTC in summer", () => {
    expect(dateInTimeZone(Date.parse("2027-06-30T20:59:59Z"), "Europe/Tallinn")).toBe("2027-06-30");
    expect(dateInTimeZone(Date.parse("2027-06-30T21:00:00Z"), "Europe/Tallinn")).toBe("2027-07-01");
    // Auckland in winter is UTC+12.
    expect(dateInTimeZone(Date.parse("2027-06-30T12:00:00Z"), "Pacific/Auckland")).toBe("2027-07-01");
  });

  it("does not depend on the server's own time zone", () => {
    const instant = Date.parse("2027-01-19T22:30:00Z");
    // The process's own offset in minutes, to show the zone really changed.
    const offsets = { UTC: 0, "Pacific/Kiritimati": -840, "Pacific/Pago_Pago": 660, "America/Santiago": 180 };
    for (const [zone, offset] of Object.entries(offsets)) {
      vi.stubEnv("TZ", zone);
      expect(new Date(instant).getTimezoneOffset(), zone).toBe(offset);
      expect(dateInTimeZone(instant, "Europe/Tallinn"), zone).toBe("2027-01-20");
      expect(dateInTimeZone(instant, "America/New_York"), zone).toBe("2027-01-19");
      expect(startOfDayInTimeZone("2027-01-20", "Europe/Tallinn").toISOString(), zone).toBe(
        "2027-01-19T22:00:00.000Z",
      );
    }
  });

  it("starts a day at its first instant, even where daylight-saving time skips midnight", () => {
    expect(startOfDayInTimeZone("2027-01-20", "Pacific/Auckland").toISOString()).toBe(
      "2027-01-19T11:00:00.000Z",
    );
    expect(startOfDayInTimeZone("2027-03-28", "Europe/Tallinn").toISOString()).toBe(
      "2027-03-27T22:00:00.000Z",
    );
    expect(startOfDayInTimeZone("2027-03-29", "Europe/Tallinn").toISOString()).toBe(
      "2027-03-28T21:00:00.000Z",
    );
    // Chile moves its clocks from 00:00 to 01:00 on 6 September 2026: the day starts at 01:00 (UTC-3).
    expect(startOfDayInTimeZone("2026-09-06", "America/Santiago").toISOString()).toBe(
      "2026-09-06T04:00:00.000Z",
    );
  });
});

describe("time zone names", () => {
  it("accepts IANA names and spells them as the runtime lists them", () => {
    expect(isTimeZone("Europe/Tallinn")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(normalizeTimeZone("europe/tallinn")).toBe("Europe/Tallinn");
    expect(normalizeTimeZone(" Pacific/Auckland ")).toBe("Pacific/Auckland");
    expect(normalizeTimeZone("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos_Aires");
  });

  it("refuses unknown names and fixed offsets, saying what to write", () => {
    for (const bad of ["Mars/Olympus_Mons", "+02:00", "GMT+2:00", "", "Europe/"]) {
      expect(isTimeZone(bad), bad).toBe(false);
      expect(() => normalizeTimeZone(bad), bad).toThrow(/use a name such as Europe\/Tallinn/);
    }
    expect(() => dateInTimeZone(0, "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
