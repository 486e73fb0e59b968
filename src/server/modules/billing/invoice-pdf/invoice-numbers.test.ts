import { describe, expect, it } from "vitest";
import { formatAmount, formatDate, formatMoney, formatQuantity, formatUnitPrice } from "./invoice-numbers.js";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("numbers on an invoice", () => {
  it("print every digit of an amount given as a decimal string, beyond what a float holds", () => {
    expect(formatAmount("12345678901234567.89", "en")).toBe("12,345,678,901,234,567.89");
    expect(formatAmount("0.10", "en")).toBe("0.10");
    expect(formatAmount("-1234.50", "en")).toBe("-1,234.50");
    expect(plain(formatAmount("1234567.50", "et"))).toBe("1 234 567,50");
  });

  it("never round: a value keeps all its significant decimals", () => {
    expect(formatAmount("2.165", "en")).toBe("2.165");
    expect(formatUnitPrice("12.3456", "en")).toBe("12.3456");
    expect(formatUnitPrice("12.3000", "en")).toBe("12.30");
    expect(formatUnitPrice("8.5", "en")).toBe("8.50");
  });

  it("print quantities and rates without trailing zeros", () => {
    expect(formatQuantity("1.5000", "en")).toBe("1.5");
    expect(formatQuantity("20.0000", "en")).toBe("20");
    expect(formatQuantity("1234.0625", "et")).toBe("1234,0625");
  });

  it("refuse what is not a decimal string rather than print something else", () => {
    expect(() => formatAmount("1e3", "en")).toThrow();
    expect(() => formatAmount("1,5", "en")).toThrow();
    expect(() => formatAmount("", "en")).toThrow();
  });

  it("put the currency code after the total", () => {
    expect(plain(formatMoney("3029.14", "EUR", "en"))).toBe("3,029.14 EUR");
    expect(plain(formatMoney("3029.14", "GBP", "et"))).toBe("3029,14 GBP");
  });

  it("print calendar dates as the day they are, whatever the server's time zone", () => {
    expect(formatDate("2026-11-30", "en")).toBe("30 Nov 2026");
    expect(formatDate("2026-01-01", "et")).toBe("01.01.2026");
    expect(() => formatDate("30.11.2026", "en")).toThrow();
  });
});
