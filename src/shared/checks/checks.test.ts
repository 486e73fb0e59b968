import { describe, expect, it } from "vitest";
import { countryCode } from "./country.js";
import { CURRENCY_CODES, isCurrencyCode } from "./currencies.js";
import { checkPhone } from "./phone.js";
import { VAT_FORMATS } from "./vat-formats.js";
import { checkVatNumber } from "./vat-number.js";

describe("the shared data checks", () => {
  it("takes every country's example VAT number, with its prefix and, for its country, without", () => {
    const eu = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "GR", "ES", "FI", "FR", "HR", "HU", "IE"];
    const more = ["IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "GB", "NO", "CH"];
    expect(new Set(VAT_FORMATS.map((f) => f.country))).toEqual(new Set([...eu, ...more]));
    for (const format of VAT_FORMATS) {
      expect(checkVatNumber(format.example, null)).toEqual({ ok: true, value: format.example });
      const bare = format.example.slice(format.prefix.length);
      const own = VAT_FORMATS.find((f) => f.country === format.country)!;
      if (own === format)
        expect(checkVatNumber(bare, format.country)).toEqual({ ok: true, value: format.example });
      expect(checkVatNumber(`${format.example}0000000`, null).ok).toBe(false);
    }
    expect(checkVatNumber("GR123456789", "GR")).toEqual({ ok: true, value: "EL123456789" });
    expect(checkVatNumber("NL123456789B01", "Estonia")).toEqual({ ok: true, value: "NL123456789B01" });
  });

  it("reads a country written as a code or a name, in English or the country's language", () => {
    expect(
      ["EE", "ee", "Estonia", "Eesti", "UK", "United Kingdom", "Deutschland", "Suomi", "Narnia", ""].map(
        countryCode,
      ),
    ).toEqual(["EE", "EE", "EE", "EE", "GB", "GB", "DE", "FI", null, null]);
  });

  it("writes a phone number internationally or says what is wrong", () => {
    expect(checkPhone("+372 5551 2345", null)).toEqual({ ok: true, value: "+372 5551 2345" });
    expect(checkPhone("(020) 7946-0958", "GB")).toEqual({ ok: true, value: "+44 20 7946 0958" });
    expect(checkPhone("call me", "GB").ok).toBe(false);
    expect(checkPhone("+372 5551 2345 ext. 12", null)).toEqual({ ok: true, value: "+372 5551 2345 ext. 12" });
  });

  it("knows ISO 4217's currencies, not funds or test codes", () => {
    expect(["EUR", "GBP", "USD", "NOK", "CHF", "XCG"].every(isCurrencyCode)).toBe(true);
    expect(["XXX", "XTS", "XAU", "EURO", "ABC"].some(isCurrencyCode)).toBe(false);
    expect(CURRENCY_CODES.length).toBeGreaterThan(150);
  });
});
