/**
 * CSV as RFC 4180 writes it: fields with a comma, quote or line break are quoted, quotes
 * doubled, rows end in CRLF. Text a person typed (`text`) that a spreadsheet would run as a
 * formula (=, +, -, @, tab, CR first) is prefixed with an apostrophe, as OWASP recommends.
 */
export function csvRow(fields: readonly (string | null)[]): string {
  return `${fields.map((f) => quote(f ?? "")).join(",")}\r\n`;
}

/** A field typed by a person: defused when a spreadsheet would read it as a formula. */
export function text(value: string | null): string {
  if (value === null) return "";
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** Excel opens UTF-8 CSV as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = "\uFEFF";
