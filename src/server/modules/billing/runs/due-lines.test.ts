import { describe, expect, it } from "vitest";
import { addMonths, billingDate, isDue, periodLabel } from "./due-lines.js";

describe("which contract lines a period bills", () => {
  const line = (
    frequency: "monthly" | "quarterly" | "yearly",
    startMonth: string,
    endMonth: string | null = null,
  ) => ({
    frequency,
    startMonth,
    endMonth,
  });

  it("bills monthly lines every month from the start month to the end month", () => {
    const fee = line("monthly", "2026-03", "2026-05");
    expect(["2026-02", "2026-03", "2026-04", "2026-05", "2026-06"].map((p) => isDue(fee, p))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it("bills quarterly and yearly lines every third and twelfth month from the start, across years", () => {
    const quarterly = line("quarterly", "2026-11");
    expect(["2026-11", "2026-12", "2027-01", "2027-02", "2027-05"].map((p) => isDue(quarterly, p))).toEqual([
      true,
      false,
      false,
      true,
      true,
    ]);
    const yearly = line("yearly", "2026-04");
    expect(["2026-04", "2027-03", "2027-04", "2028-04"].map((p) => isDue(yearly, p))).toEqual([
      true,
      false,
      true,
      true,
    ]);
  });

  it("puts a billing day of 29–31 on the last day of shorter months", () => {
    expect(billingDate("2026-02", 31)).toBe("2026-02-28");
    expect(billingDate("2028-02", 30)).toBe("2028-02-29");
    expect(billingDate("2026-04", 31)).toBe("2026-04-30");
    expect(billingDate("2026-11", 5)).toBe("2026-11-05");
  });

  it("names the months a line bills", () => {
    expect(periodLabel("2026-11", "monthly")).toBe("November 2026");
    expect(periodLabel("2026-11", "quarterly")).toBe("November 2026 – January 2027");
    expect(periodLabel("2026-01", "yearly")).toBe("January 2026 – December 2026");
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
  });
});
