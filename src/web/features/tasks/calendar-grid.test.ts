import { describe, expect, it } from "vitest";
import type { CalendarItem } from "../../../shared/api/calendar.js";
import { calendarWeeks, monthRange, shiftMonth } from "./calendar-grid.js";

const item = (title: string, planned = false): CalendarItem => ({
  id: planned ? null : crypto.randomUUID(),
  planned,
  title,
  client: { id: crypto.randomUUID(), name: "Alder Bakery OÜ" },
  topic: null,
  assignees: [],
  deadline: "2026-01-20",
  status: "not_started",
  overdue: false,
});

describe("the month grid", () => {
  it("runs Monday to Sunday around the month", () => {
    // January 2026 starts on a Thursday and ends on a Saturday.
    expect(monthRange("2026-01")).toEqual({ from: "2025-12-29", to: "2026-02-01" });
    // February 2027 starts on a Monday and ends on a Sunday: four weeks exactly.
    expect(monthRange("2027-02")).toEqual({ from: "2027-02-01", to: "2027-02-28" });
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
  });

  it("marks today and the days outside the month, and shows planned items after real ones with +N more", () => {
    const days = [
      {
        date: "2026-01-20",
        items: [item("Planned VAT", true), item("Payroll"), item("Bookkeeping"), item("Annual")],
      },
      { date: "2026-01-21", items: [item("Planned payroll", true)] },
    ];
    const weeks = calendarWeeks("2026-01", days, "2026-01-15");
    expect(weeks).toHaveLength(5);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0]![0]).toMatchObject({ date: "2025-12-29", inMonth: false, shown: [], more: 0 });
    const cells = weeks.flat();
    expect(cells.find((c) => c.isToday)?.date).toBe("2026-01-15");
    const busy = cells.find((c) => c.date === "2026-01-20")!;
    expect(busy.shown.map((i) => [i.title, i.planned])).toEqual([
      ["Payroll", false],
      ["Bookkeeping", false],
      ["Annual", false],
    ]);
    expect(busy.more).toBe(1);
    expect(cells.find((c) => c.date === "2026-01-21")!.shown).toEqual([
      expect.objectContaining({ id: null, planned: true, title: "Planned payroll" }),
    ]);
  });
});
