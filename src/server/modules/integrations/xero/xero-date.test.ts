import { describe, expect, it } from "vitest";
import { parseXeroDate, toXeroDay } from "./xero-date.js";

describe("Xero dates", () => {
  it("reads /Date(ms+zzzz)/ as an instant, whatever the offset says", () => {
    expect(parseXeroDate("/Date(1552262400000+0000)/")?.toISOString()).toBe("2019-03-11T00:00:00.000Z");
    expect(parseXeroDate("/Date(1552262400000+1300)/")?.toISOString()).toBe("2019-03-11T00:00:00.000Z");
    expect(parseXeroDate("/Date(1552262400000)/")?.toISOString()).toBe("2019-03-11T00:00:00.000Z");
  });

  it("reads ISO timestamps, taking zoneless ones as UTC", () => {
    expect(parseXeroDate("2019-07-09T23:40:30.1833130")?.toISOString()).toBe("2019-07-09T23:40:30.183Z");
    expect(parseXeroDate("2019-07-09T23:40:30Z")?.toISOString()).toBe("2019-07-09T23:40:30.000Z");
    expect(parseXeroDate("2019-03-11")?.toISOString()).toBe("2019-03-11T00:00:00.000Z");
  });

  it("refuses anything else", () => {
    expect(parseXeroDate("yesterday")).toBeNull();
    expect(parseXeroDate("/Date(abc)/")).toBeNull();
  });

  it("sends days as YYYY-MM-DD", () => {
    expect(toXeroDay(new Date("2026-03-05T10:00:00Z"))).toBe("2026-03-05");
  });
});
