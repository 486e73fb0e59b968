import { describe, expect, it } from "vitest";
import { formatAmount, formatDay, statusOf } from "./invoice-format.js";

describe("invoice amounts and dates as the list shows them", () => {
  it("groups thousands and keeps every decimal the API sent", () => {
    expect(formatAmount("1234567.5")).toBe("1,234,567.50");
    expect(formatAmount("-124.00")).toBe("-124.00");
    expect(formatAmount("0.1234")).toBe("0.1234");
    expect(formatAmount("100")).toBe("100.00");
    // Beyond a float's precision, still exact.
    expect(formatAmount("12345678901234567.89")).toBe("12,345,678,901,234,567.89");
  });

  it("shows a calendar date as that day, and an overdue invoice as overdue", () => {
    expect(formatDay("2026-01-15")).toBe("15 Jan 2026");
    expect(statusOf({ status: "created", overdue: true }).label).toBe("Overdue");
    expect(statusOf({ status: "in_progress", overdue: false }).label).toBe("In progress");
  });
});
