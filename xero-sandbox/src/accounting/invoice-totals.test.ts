import { describe, expect, it } from "vitest";
import { parseDecimal, roundDiv } from "./decimal.js";
import { computeTotals, type LineInput, lineAmount, lineTax } from "./invoice-totals.js";

const q = (n: string) => {
  const parsed = parseDecimal(n, 4);
  if (parsed.kind !== "ok") throw new Error(n);
  return parsed.scaled;
};
const line = (quantity: string, unit: string, rate: string, extra: Partial<LineInput> = {}): LineInput => ({
  quantity: q(quantity),
  unitAmount: q(unit),
  taxRate: q(rate),
  ...extra,
});

describe("decimal arithmetic", () => {
  it("rounds half away from zero", () => {
    expect(roundDiv(5n, 2n)).toBe(3n);
    expect(roundDiv(-5n, 2n)).toBe(-3n);
    expect(roundDiv(4n, 3n)).toBe(1n);
  });

  it("reads JSON numbers and numeric strings without binary error", () => {
    expect(parseDecimal(0.1, 2)).toEqual({ kind: "ok", scaled: 10n });
    expect(parseDecimal("1.005", 2)).toEqual({ kind: "ok", scaled: 101n });
    expect(parseDecimal(1.005, 2)).toEqual({ kind: "ok", scaled: 101n });
    expect(parseDecimal("1e-3", 4)).toEqual({ kind: "ok", scaled: 10n });
    expect(parseDecimal("abc", 2)).toEqual({ kind: "invalid" });
    expect(parseDecimal(undefined, 2)).toEqual({ kind: "missing" });
  });
});

describe("invoice totals as Xero computes them", () => {
  it("rounds tax per line, then sums (Xero's own example)", () => {
    const totals = computeTotals(
      [line("1", "25.06", "15"), line("1", "25.61", "15"), line("1", "25.63", "15")],
      "Exclusive",
    );
    expect(totals.lines.map((l) => l.taxAmount)).toEqual([376n, 384n, 384n]);
    expect(totals.subTotal).toBe(7630n);
    expect(totals.totalTax).toBe(1144n);
    expect(totals.total).toBe(8774n);
  });

  it("takes tax out of inclusive amounts", () => {
    const totals = computeTotals([line("1", "120", "20"), line("3", "9.99", "20")], "Inclusive");
    expect(totals.lines.map((l) => [l.lineAmount, l.taxAmount])).toEqual([
      [12000n, 2000n],
      [2997n, 500n],
    ]);
    expect(totals.totalTax).toBe(2500n);
    expect(totals.subTotal).toBe(12497n);
    expect(totals.total).toBe(14997n);
  });

  it("charges no tax on NoTax invoices", () => {
    const totals = computeTotals([line("2", "50", "20")], "NoTax");
    expect(totals).toMatchObject({ subTotal: 10000n, totalTax: 0n, total: 10000n });
  });

  it("applies discount rates before rounding the line", () => {
    expect(lineAmount({ quantity: q("3"), unitAmount: q("33.33"), discountRate: 1250n })).toBe(8749n); // 87.49125
    const totals = computeTotals([line("2", "125.5", "20", { discountRate: 1000n })], "Exclusive");
    expect(totals.lines[0]).toEqual({ lineAmount: 22590n, taxAmount: 4518n, discount: 2510n });
    expect(totals.totalDiscount).toBe(2510n);
  });

  it("keeps four decimals of unit amount until the line is rounded", () => {
    expect(lineAmount({ quantity: q("1000"), unitAmount: q("0.0612") })).toBe(6120n);
    expect(lineAmount({ quantity: q("3"), unitAmount: q("0.3333") })).toBe(100n);
    expect(lineAmount({ quantity: q("1.5"), unitAmount: q("2.345") })).toBe(352n); // 3.5175
  });

  it("rounds the tax of each line half away from zero", () => {
    expect(lineTax(1025n, 200000n, "Exclusive")).toBe(205n); // 2.05
    expect(lineTax(1n, 50000n, "Exclusive")).toBe(0n); // 0.0005
    expect(lineTax(10n, 50000n, "Exclusive")).toBe(1n); // 0.005
    expect(lineTax(-10n, 50000n, "Exclusive")).toBe(-1n);
  });

  it("keeps a tax amount the client gave", () => {
    const totals = computeTotals([line("1", "100", "20", { taxAmountOverride: 1999n })], "Exclusive");
    expect(totals).toMatchObject({ totalTax: 1999n, total: 11999n });
  });
});
