/**
 * VAT number formats: the EU member states' as VIES describes them (the number after the
 * country prefix), Northern Ireland (XI) and the United Kingdom, Norway and Switzerland.
 * Only the format: a number of the right shape may still not be registered (VIES says that).
 */
export interface VatFormat {
  /** ISO 3166 code of the country (Greece's VAT prefix is EL). */
  country: string;
  /** The prefix a VAT number is written with. */
  prefix: string;
  /** The rest, after the prefix, without spaces, dots or dashes. */
  pattern: RegExp;
  /** In words, for the message: "9 digits". */
  shape: string;
  example: string;
}

const f = (country: string, prefix: string, pattern: string, shape: string, example: string): VatFormat => ({
  country,
  prefix,
  pattern: new RegExp(`^(?:${pattern})$`),
  shape,
  example,
});

export const VAT_FORMATS: readonly VatFormat[] = [
  f("AT", "ATU", "\\d{8}", "8 digits", "ATU12345678"),
  f("BE", "BE", "[01]\\d{9}", "10 digits starting with 0 or 1", "BE0123456789"),
  f("BG", "BG", "\\d{9,10}", "9 or 10 digits", "BG123456789"),
  f("CY", "CY", "\\d{8}[A-Z]", "8 digits and a letter", "CY12345678X"),
  f("CZ", "CZ", "\\d{8,10}", "8, 9 or 10 digits", "CZ12345678"),
  f("DE", "DE", "\\d{9}", "9 digits", "DE123456789"),
  f("DK", "DK", "\\d{8}", "8 digits", "DK12345678"),
  f("EE", "EE", "\\d{9}", "9 digits", "EE101234567"),
  f("GR", "EL", "\\d{9}", "9 digits", "EL123456789"),
  f(
    "ES",
    "ES",
    "[A-Z]\\d{7}[A-Z0-9]|\\d{8}[A-Z]",
    "9 characters: a letter or digit, 7 digits, a letter or digit (not all digits)",
    "ESB12345678",
  ),
  f("FI", "FI", "\\d{8}", "8 digits", "FI12345678"),
  f("FR", "FR", "[0-9A-HJ-NP-Z]{2}\\d{9}", "2 letters or digits and 9 digits", "FR12345678901"),
  f("HR", "HR", "\\d{11}", "11 digits", "HR12345678901"),
  f("HU", "HU", "\\d{8}", "8 digits", "HU12345678"),
  f(
    "IE",
    "IE",
    "\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]",
    "7 digits and 1 or 2 letters (or an older 8-character number)",
    "IE1234567T",
  ),
  f("IT", "IT", "\\d{11}", "11 digits", "IT12345678901"),
  f("LT", "LT", "\\d{9}|\\d{12}", "9 or 12 digits", "LT123456789"),
  f("LU", "LU", "\\d{8}", "8 digits", "LU12345678"),
  f("LV", "LV", "\\d{11}", "11 digits", "LV12345678901"),
  f("MT", "MT", "\\d{8}", "8 digits", "MT12345678"),
  f("NL", "NL", "\\d{9}B\\d{2}", "9 digits, B and 2 digits", "NL123456789B01"),
  f("PL", "PL", "\\d{10}", "10 digits", "PL1234567890"),
  f("PT", "PT", "\\d{9}", "9 digits", "PT123456789"),
  f("RO", "RO", "[1-9]\\d{1,9}", "2 to 10 digits", "RO12345678"),
  f("SE", "SE", "\\d{10}01", "12 digits ending in 01", "SE123456789001"),
  f("SI", "SI", "\\d{8}", "8 digits", "SI12345678"),
  f("SK", "SK", "\\d{10}", "10 digits", "SK1234567890"),
  f(
    "GB",
    "GB",
    "\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2}",
    "9 or 12 digits (GD or HA and 3 digits for government bodies)",
    "GB123456789",
  ),
  // Northern Ireland's traders under the Windsor Framework: the UK's number with XI.
  f("GB", "XI", "\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2}", "9 or 12 digits", "XI123456789"),
  f("NO", "NO", "\\d{9}(?:MVA)?", "9 digits, often followed by MVA", "NO123456789MVA"),
  f("CH", "CHE", "\\d{9}(?:MWST|TVA|IVA|TPV)?", "9 digits and MWST, TVA or IVA", "CHE123456789MWST"),
];
