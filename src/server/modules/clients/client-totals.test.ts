import { describe, expect, it } from "vitest";
import { ClientTotals } from "./client-totals.js";

describe("a search's total kept between its pages", () => {
  it("is kept per company and search, and dropped when that company's clients change", () => {
    const totals = new ClientTotals();
    totals.set("firm-a", "bakery", totals.generation("firm-a"), 12);
    totals.set("firm-b", "bakery", totals.generation("firm-b"), 3);
    expect(totals.get("firm-a", "bakery")).toBe(12);
    expect(totals.get("firm-a", "dental")).toBeUndefined();
    totals.forgetCompany("firm-a");
    expect(totals.get("firm-a", "bakery")).toBeUndefined();
    expect(totals.get("firm-b", "bakery")).toBe(3);
  });

  it("is not kept when a change came in while it was counted", () => {
    const totals = new ClientTotals();
    const before = totals.generation("firm-a");
    totals.forgetCompany("firm-a"); // a client was added while the count ran
    totals.set("firm-a", "bakery", before, 12);
    expect(totals.get("firm-a", "bakery")).toBeUndefined();
  });

  it("keeps nothing while change notifications cannot be received", () => {
    const totals = new ClientTotals();
    const before = totals.generation("firm-a");
    totals.set("firm-a", "all", before, 40);
    totals.setEnabled(false);
    expect(totals.get("firm-a", "all")).toBeUndefined();
    totals.set("firm-a", "all", totals.generation("firm-a"), 41);
    expect(totals.get("firm-a", "all")).toBeUndefined();
    totals.setEnabled(true);
    totals.set("firm-a", "all", before, 40); // counted before the notifications were lost
    expect(totals.get("firm-a", "all")).toBeUndefined();
    totals.set("firm-a", "all", totals.generation("firm-a"), 42);
    expect(totals.get("firm-a", "all")).toBe(42);
  });
});
