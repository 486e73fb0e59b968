import { describe, expect, it } from "vitest";
import { describeDue, describeRecurrence, describeSchedule } from "./describe-schedule.js";

describe("a schedule in words", () => {
  it("names how often a task comes back", () => {
    expect(describeRecurrence({ every: "week" })).toBe("Every week");
    expect(describeRecurrence({ every: "month" })).toBe("Every month");
    expect(describeRecurrence({ every: "quarter" })).toBe("Every quarter");
    expect(describeRecurrence({ every: "quarter", month: 2 })).toBe("Every quarter, in its second month");
    expect(describeRecurrence({ every: "year", month: 3 })).toBe("Every year, in March");
    expect(describeRecurrence({ every: "once", date: "2027-01-20" })).toBe("Once, on 2027-01-20");
    expect(describeRecurrence({ every: "once" })).toBe("Once, when applied to the client");
  });

  it("says when a task is due in its period", () => {
    const month = { every: "month" } as const;
    expect(describeDue(month, { rule: "day_of_month", day: 20, onNonWorkingDay: "before" })).toBe(
      "Day 20 of the month; if not a working day, the working day before",
    );
    expect(describeDue(month, { rule: "day_of_month", day: 15, onNonWorkingDay: "keep" })).toBe(
      "Day 15 of the month, even if not a working day",
    );
    expect(
      describeDue({ every: "quarter" }, { rule: "day_of_month", day: 20, onNonWorkingDay: "after" }),
    ).toBe("Day 20 of the quarter's first month; if not a working day, the working day after");
    expect(
      describeDue(month, { rule: "business_days_after", count: 20, from: "period_end", holidays: true }),
    ).toBe("20 business days after the end of the month, skipping public holidays");
    expect(
      describeDue(
        { every: "quarter" },
        { rule: "business_days_after", count: 1, from: "period_start", holidays: false },
      ),
    ).toBe("1 business day after the start of the quarter, not skipping public holidays");
    expect(describeDue({ every: "year", month: 12 }, { rule: "last_business_day" })).toBe(
      "Last business day of December",
    );
    expect(describeDue({ every: "week" }, { rule: "day_of_week", day: 5, onNonWorkingDay: "before" })).toBe(
      "Friday; if not a working day, the working day before",
    );
    expect(
      describeDue(
        { every: "once" },
        { rule: "business_days_after", count: 5, from: "period_end", holidays: true },
      ),
    ).toBe("5 business days after the task's date, skipping public holidays");
  });

  it("joins the two", () => {
    expect(describeSchedule({ recurrence: { every: "month" }, due: { rule: "last_business_day" } })).toBe(
      "Every month · Last business day of the month",
    );
  });
});
