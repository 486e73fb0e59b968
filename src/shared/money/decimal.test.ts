import { describe, expect, it } from "vitest";
import { Decimal, DecimalError, decimalProblem } from "./decimal.js";

const d = (text: string) => Decimal.parse(text);

describe("parsing a decimal string", () => {
  it.each([
    ["0", "0"],
    ["-0", "0"],
    ["-0.00", "0"],
    ["+3", "3"],
    ["007.50", "7.5"],
    ["12.3400", "12.34"],
    ["-0.01", "-0.01"],
    ["1234567890123.4567", "1234567890123.4567"],
  ])("reads %j as %s", (text, shortest) => {
    expect(d(text).toString()).toBe(shortest);
  });

  it.each([
    ["", "empty", "Enter a number."],
    ["   ", "empty", "Enter a number."],
    ["1e3", "exponent", '"1e3" is not a plain number: write it out in digits, like 1000.'],
    ["1.5E-2", "exponent", '"1.5E-2" is not a plain number: write it out in digits, like 1000.'],
    [
      "1,5",
      "separator",
      '"1,5" is not a number: use "." for decimals and no thousands separators, like 1234.56.',
    ],
    ["1,000.00", "separator", expect.stringContaining("no thousands separators")],
    ["1 000", "separator", expect.stringContaining("no thousands separators")],
    ["NaN", "format", '"NaN" is not a number: write digits with an optional "-" and ".", like -1234.56.'],
    ["Infinity", "format", expect.stringContaining("is not a number")],
    ["-", "format", expect.stringContaining("is not a number")],
    [".5", "format", expect.stringContaining("is not a number")],
    ["5.", "format", expect.stringContaining("is not a number")],
    ["1.2.3", "format", expect.stringContaining("is not a number")],
    [" 1", "format", expect.stringContaining("is not a number")],
    ["0x10", "format", expect.stringContaining("is not a number")],
    ["١٢", "format", expect.stringContaining("is not a number")],
    ["1".repeat(41), "too-long", "A number has at most 40 characters."],
  ])("refuses %j (%s)", (text, problem, message) => {
    const error = (() => {
      try {
        d(text);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DecimalError);
    expect(error).toMatchObject({ problem, message });
    expect(decimalProblem(text)).toEqual(message);
  });

  it("refuses more significant decimals than allowed, but not trailing zeros", () => {
    expect(decimalProblem("1.23456", { maxDecimals: 4 })).toBe("Use at most 4 decimals.");
    expect(decimalProblem("1.5", { maxDecimals: 0 })).toBe("Enter a whole number.");
    expect(decimalProblem("1.50000", { maxDecimals: 2 })).toBeNull();
    expect(Decimal.parse("1.2345", { maxDecimals: 4 }).toString()).toBe("1.2345");
  });
});

describe("formatting", () => {
  it("pads to a fixed number of decimals and never shows -0", () => {
    expect(d("12.5").toFixed(2)).toBe("12.50");
    expect(d("-0.5").toFixed(4)).toBe("-0.5000");
    expect(d("-0.00").toFixed(2)).toBe("0.00");
    expect(d("7").toFixed(0)).toBe("7");
    expect(d("0.07").toFixed(2)).toBe("0.07");
    expect(Decimal.fromUnits(-5n, 3).toFixed(3)).toBe("-0.005");
    expect(d("1.5000").toFixed(2)).toBe("1.50");
    expect(d("-20.0000").toFixed(0)).toBe("-20");
  });

  it("refuses to drop decimals silently: rounding is asked for by name", () => {
    expect(() => d("1.005").toFixed(2)).toThrow("1.005 has more than 2 decimals; round it first.");
    expect(d("1.005").round(2).toFixed(2)).toBe("1.01");
    expect(JSON.stringify({ amount: d("1.50") })).toBe('{"amount":"1.5"}');
  });
});

describe("arithmetic", () => {
  it("is exact where floats are not", () => {
    expect(d("0.1").plus(d("0.2")).toString()).toBe("0.3");
    expect(d("1.1").times(d("1.1")).toString()).toBe("1.21");
    expect(d("0.3").minus(d("0.1")).toString()).toBe("0.2");
    expect(d("100").times(d("1.15")).toFixed(2)).toBe("115.00");
  });

  it("keeps billions to the penny", () => {
    const big = d("9876543210.99");
    expect(big.plus(d("0.01")).toFixed(2)).toBe("9876543211.00");
    expect(big.times(d("1000")).toFixed(2)).toBe("9876543210990.00");
    expect(big.times(d("0.2")).round(2).toFixed(2)).toBe("1975308642.20");
    expect(Decimal.sum(Array.from({ length: 1000 }, () => big)).toFixed(2)).toBe("9876543210990.00");
    expect(d("123456789012345678.9999").plus(d("0.0001")).toString()).toBe("123456789012345679");
  });

  it("rounds half away from zero, also below zero", () => {
    const cases: Array<[string, number, string]> = [
      ["2.165", 2, "2.17"],
      ["2.164", 2, "2.16"],
      ["4.545", 2, "4.55"],
      ["1.845", 2, "1.85"],
      ["-2.165", 2, "-2.17"],
      ["-2.164", 2, "-2.16"],
      ["0.005", 2, "0.01"],
      ["-0.005", 2, "-0.01"],
      ["-0.004", 2, "0.00"],
      ["2.5", 0, "3"],
      ["-2.5", 0, "-3"],
      ["1.23455", 4, "1.2346"],
      ["1.2", 4, "1.2000"],
    ];
    for (const [value, dp, rounded] of cases)
      expect([value, d(value).round(dp).toFixed(dp)]).toEqual([value, rounded]);
  });

  it("divides to a number of decimals, rounding half away from zero", () => {
    expect(d("29.97").times(d("20")).dividedBy(d("120"), 2).toFixed(2)).toBe("5.00"); // 4.995
    expect(d("1").dividedBy(d("3"), 4).toFixed(4)).toBe("0.3333");
    expect(d("2").dividedBy(d("3"), 2).toFixed(2)).toBe("0.67");
    expect(d("-2").dividedBy(d("3"), 2).toFixed(2)).toBe("-0.67");
    expect(d("1").dividedBy(d("-8"), 2).toFixed(2)).toBe("-0.13"); // -0.125
    expect(d("0.01").dividedBy(d("0.0003"), 3).toFixed(3)).toBe("33.333");
    expect(() => d("1").dividedBy(Decimal.ZERO, 2)).toThrow("Division by zero.");
  });

  it("compares across scales", () => {
    expect(d("1.50").equals(d("1.5"))).toBe(true);
    expect(d("-1").compare(d("0.01"))).toBe(-1);
    expect(d("10").compare(d("9.9999"))).toBe(1);
    expect(
      ["10", "-1", "2.5", "2.50", "0"]
        .map(d)
        .sort((a, b) => a.compare(b))
        .map(String),
    ).toEqual(["-1", "0", "2.5", "2.5", "10"]);
    expect(d("-0.00").isZero()).toBe(true);
    expect(d("-0.01").isNegative()).toBe(true);
    expect(d("0.01").isPositive()).toBe(true);
    expect(d("-3.1").abs().toString()).toBe("3.1");
  });

  it("takes whole numbers only from a JavaScript number", () => {
    expect(Decimal.fromInteger(42).toString()).toBe("42");
    expect(Decimal.fromInteger(10n ** 20n).toString()).toBe("100000000000000000000");
    expect(() => Decimal.fromInteger(0.1)).toThrow("not a safe integer");
    expect(() => Decimal.fromInteger(2 ** 53)).toThrow("not a safe integer");
  });
});
