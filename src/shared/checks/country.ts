import { getCountries } from "libphonenumber-js/min";

/**
 * A client's country is free text ("Estonia", "EE", "United Kingdom", as typed or as Xero has
 * it). The checks need its ISO 3166 code: a two-letter code, or a country's name in English or
 * in the languages of the countries Kontor's firms are in most. Unknown text gives null, and
 * the checks then treat the client as being from an unknown country.
 */
const ALIASES: Record<string, string> = {
  uk: "GB",
  "great britain": "GB",
  britain: "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
  usa: "US",
  "united states of america": "US",
  america: "US",
  holland: "NL",
  "the netherlands": "NL",
  "czech republic": "CZ",
  "republic of ireland": "IE",
  "russian federation": "RU",
  "south korea": "KR",
  "republic of korea": "KR",
  el: "GR",
};

const NAME_LANGUAGES = ["en", "et", "fi", "sv", "no", "da", "de", "fr", "es", "it", "nl", "pl", "lv", "lt"];

const key = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

let names: Map<string, string> | undefined;

function countryNames(): Map<string, string> {
  if (names) return names;
  names = new Map(Object.entries(ALIASES));
  for (const language of NAME_LANGUAGES) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
    } catch {
      continue;
    }
    for (const code of getCountries()) {
      const name = display.of(code);
      if (name && !names.has(key(name))) names.set(key(name), code);
    }
  }
  return names;
}

const CODES: ReadonlySet<string> = new Set(getCountries());

/** "Estonia", "ee", "Eesti" → "EE"; null when Kontor cannot tell which country it is. */
export function countryCode(country: string | null | undefined): string | null {
  const text = country?.trim();
  if (!text) return null;
  const upper = text.toUpperCase();
  if (upper.length === 2 && CODES.has(upper)) return upper;
  return countryNames().get(key(text)) ?? null;
}

/** "EE" → "Estonia", for messages. */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
