import { describe, expect, it } from "vitest";
import { addDays, dueDateFor, endOfMonth, isTimeZone, todayIn } from "./calendar-dates.js";

describe("calendar dates", () => {
  it("tells the day in the company's time zone, not the server's", () => {
    const instant = new Date("2026-03-31T22:30:00Z");
    expect(todayIn("Europe/Tallinn", instant)).toBe("2026-04-01");
    expect(todayIn("UTC", instant)).toBe("2026-03-31");
    expect(todayIn("America/New_York", instant)).toBe("2026-03-31");
  });

  it("adds days across months, years and DST changes", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-25", 14)).toBe("2027-01-08");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("finds the end of a month, leap years included", () => {
    expect(endOfMonth("2028-02-10")).toBe("2028-02-29");
    expect(endOfMonth("2026-02-10")).toBe("2026-02-28");
    expect(endOfMonth("2026-12-31")).toBe("2026-12-31");
  });

  it("computes a due date from payment terms", () => {
    expect(dueDateFor("2026-01-20", { days: 14, from: "invoice_date" })).toBe("2026-02-03");
    expect(dueDateFor("2026-01-20", { days: 14, from: "end_of_month" })).toBe("2026-02-14");
    expect(dueDateFor("2026-02-05", { days: 0, from: "end_of_month" })).toBe("2026-02-28");
  });

  it("knows IANA time zone names", () => {
    expect(isTimeZone("Europe/Tallinn")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});
