/** Legal forms ignored when names are compared ("Acme Ltd" is "ACME"; "AS Tallinna Vesi" is "Tallinna Vesi OÜ"). */
const LEGAL_FORMS = new Set([
  "ltd",
  "limited",
  "llc",
  "llp",
  "lp",
  "inc",
  "incorporated",
  "corp",
  "corporation",
  "co",
  "company",
  "plc",
  "pty",
  "pte",
  "gmbh",
  "ag",
  "kg",
  "ou",
  "as",
  "sa",
  "sas",
  "sarl",
  "srl",
  "spa",
  "bv",
  "nv",
  "oy",
  "oyj",
  "ab",
  "aps",
  "asa",
  "sia",
  "uab",
  "mtu",
  "fie",
  "tu",
]);

/** Lower case, no accents or punctuation, no legal-form words at either end. */
export function normaliseName(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!)) words.pop();
  while (words.length > 1 && LEGAL_FORMS.has(words[0]!)) words.shift();
  return words.join(" ");
}

/** Codes compare without spaces, dots or dashes, in any case. */
export function normaliseCode(code: string | null | undefined): string | null {
  const value = code?.replace(/[\s.\-/]/g, "").toLowerCase();
  return value ? value : null;
}
