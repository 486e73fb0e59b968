/**
 * One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break,
 * with quotes doubled. A text a spreadsheet would run as a formula (=, +, -, @ first) gets an
 * apostrophe first, unless it is only a number ("+372 5551 2345", "-5"), which cannot call anything.
 */
export function csvField(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = value;
  if (/^[=+\-@\t\r]/.test(text) && !/^[+-][\d\s().-]*$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV line, ended as RFC 4180 ends it. */
export function csvLine(values: (string | null | undefined)[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** Excel reads a CSV as UTF-8 (and shows "Päikese", not "PÃ¤ikese") only after this mark. */
export const UTF8_BOM = "\uFEFF";
