import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/min";
import { countryName } from "./country.js";

export type Checked = { ok: true; value: string } | { ok: false; message: string };

const EXAMPLE = "e.g. +44 20 7946 0958";

/**
 * A phone number, parsed with the client's country as the default region (so "5551 2345" of an
 * Estonian client is +372 5551 2345), and written in the international format: "+372 5551 2345".
 * The "min" metadata (the browser bundle carries it too) checks a number's length and leading
 * digits for its country, not every number range.
 */
export function checkPhone(text: string, region: string | null): Checked {
  const trimmed = text.trim();
  // "00" is the international call prefix in most of the world.
  const international = trimmed.startsWith("+") || trimmed.startsWith("00");
  const input = trimmed.startsWith("00") ? `+${trimmed.slice(2)}` : trimmed;
  if (!international && !region) {
    return {
      ok: false,
      message: `Add the country code (${EXAMPLE}), or fill in the client's country first.`,
    };
  }
  const parsed = parsePhoneNumberFromString(input, {
    ...(region ? { defaultCountry: region as CountryCode } : {}),
    extract: false,
  });
  if (!parsed?.isValid()) {
    const where = !international && region ? ` in ${countryName(region)}` : "";
    return {
      ok: false,
      message: `This is not a valid phone number${where}. Check it, or write it with its country code (${EXAMPLE}).`,
    };
  }
  return { ok: true, value: parsed.formatInternational() };
}
