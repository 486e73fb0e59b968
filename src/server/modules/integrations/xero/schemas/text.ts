import { z } from "zod";

/** Control characters but tab and line breaks: PostgreSQL cannot store NUL, and none belongs in a record. */
const CONTROL = /[^\P{Cc}\t\n\r]/gu;
/** Half of a surrogate pair without its other half: not text, and not storable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(value: string): string {
  return value.replace(LONE_SURROGATE, "\uFFFD").replace(CONTROL, "");
}

/** Text Kontor shows or stores (names, addresses, e-mail): read cleaned of control characters. */
export const xeroText = z.string().transform(cleanText);

/**
 * An identifier (ContactID, ItemID, AccountID, TaxType): kept exactly as Xero sent it, so never
 * cleaned; one with spaces or control characters in it, or too long to be one, is not read.
 */
export const xeroId = z.string().regex(/^[^\s\p{Cc}]{1,100}$/u, "not an identifier");

/** A code people type (an item's or account's code): trimmed, and refused if it holds control characters. */
export const xeroCode = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[^\p{Cc}]+$/u, "control characters");
