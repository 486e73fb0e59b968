import { describe, expect, it } from "vitest";
import { addMonths, isPeriod, periodChoices, periodLabel } from "./billing-period.js";

describe("billing periods on the Create invoices page", () => {
  it("reads a month as people say it", () => {
    expect(periodLabel("2026-11")).toBe("November 2026");
    expect(periodLabel("2027-01")).toBe("January 2027");
  });

  it("counts months across years", () => {
    expect(addMonths("2026-11", 2)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-12", -12)).toBe("2025-12");
  });

  it("offers a year ahead and two years back, newest first, and keeps a month from the address", () => {
    const choices = periodChoices("2026-11", null);
    expect(choices).toHaveLength(37);
    expect(choices[0]).toEqual({ value: "2027-11", label: "November 2027" });
    expect(choices.at(-1)?.value).toBe("2024-11");
    expect(periodChoices("2026-11", "2020-05").at(-1)?.value).toBe("2020-05");
  });

  it("takes only real months from the address", () => {
    expect(isPeriod("2026-11")).toBe(true);
    expect(isPeriod("2026-13")).toBe(false);
    expect(isPeriod("2026-1")).toBe(false);
    expect(isPeriod(null)).toBe(false);
  });
});
