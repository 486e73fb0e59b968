import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../../../shared/calendar/calendar-date.js";
import { hoursToMinutes, minutesToHours, nextWorkingDay } from "./task-labels.js";

const d = (s: string) => s as CalendarDate;

describe("task estimate in hours", () => {
  it("shows minutes as hours and reads hours back as whole minutes", () => {
    expect(minutesToHours(90)).toBe("1.5");
    expect(minutesToHours(20)).toBe("0.33");
    expect(minutesToHours(null)).toBe("");
    expect(hoursToMinutes("1,5")).toBe(90);
    expect(hoursToMinutes(" 2 ")).toBe(120);
    expect(hoursToMinutes("")).toBeNull();
    expect(hoursToMinutes("two")).toBeUndefined();
    expect(hoursToMinutes("-1")).toBeUndefined();
  });
});

describe("next working day", () => {
  it("skips the weekend and holidays", () => {
    // Friday 2 January 2026 → Monday 5 January.
    expect(nextWorkingDay(d("2026-01-02"), [1, 2, 3, 4, 5])).toBe("2026-01-05");
    expect(nextWorkingDay(d("2026-01-02"), [1, 2, 3, 4, 5], new Set(["2026-01-05"]))).toBe("2026-01-06");
    expect(nextWorkingDay(d("2026-01-02"), [6])).toBe("2026-01-03");
  });
});
