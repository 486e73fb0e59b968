import { describe, expect, it } from "vitest";
import { formatPrice, formatRate } from "./billing-format.js";

describe("billing numbers", () => {
  it("shows prices with two to four decimals", () => {
    expect(formatPrice("120.0000")).toBe("120.00");
    expect(formatPrice("1250.5")).toBe("1,250.50");
    expect(formatPrice("9.8765")).toBe("9.8765");
    expect(formatPrice(null)).toBe("—");
  });

  it("shows rates as percentages without trailing zeros", () => {
    expect(formatRate("20.0000")).toBe("20%");
    expect(formatRate("12.5000")).toBe("12.5%");
    expect(formatRate("0.0000")).toBe("0%");
  });
});
