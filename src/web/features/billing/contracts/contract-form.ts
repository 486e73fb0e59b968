import {
  ContractBody,
  type ContractLine,
  type ContractLineInput,
  ContractTemplateBody,
  type Frequency,
} from "../../../../shared/api/contracts.js";
import { ApiError, errorMessage, type FieldErrors } from "../../../lib/api.js";
import { priceText } from "../invoices/invoice-draft.js";
import { formatAmount } from "../invoices/invoice-format.js";

/** A contract line as the editor holds it: every field as the text the user typed. */
export interface ContractLineDraft {
  /** React's key; not sent. */
  key: string;
  /** The saved line's id: sent back so the periods already billed for it stay billed. */
  id: string | null;
  productId: string | null;
  description: string;
  quantity: string;
  /** "" is the product's price at billing time. */
  unitPrice: string;
  frequency: Frequency;
  /** YYYY-MM */
  startMonth: string;
  /** YYYY-MM, "" is no end. */
  endMonth: string;
}

/** The fields of a contract or a template, as typed. */
export interface ContractDraft {
  /** Only a template has a name. */
  name?: string;
  billingDay: string;
  lines: ContractLineDraft[];
}

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  monthly: "Monthly",
  quarterly: "Quarterly",
  yearly: "Yearly",
};

let keys = 0;
const nextKey = () => `contract-line-${++keys}`;

/** "2026-12" for any day of December 2026, as the user's calendar has it. */
export function monthOf(day: Date): string {
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}`;
}

/** A new line: one of something, billed monthly from this month on. */
export function emptyContractLine(thisMonth: string): ContractLineDraft {
  return {
    key: nextKey(),
    id: null,
    productId: null,
    description: "",
    quantity: "1",
    unitPrice: "",
    frequency: "monthly",
    startMonth: thisMonth,
    endMonth: "",
  };
}

/** The editor's copy of saved lines (a contract's or a template's). */
export function draftLines(lines: readonly ContractLine[]): ContractLineDraft[] {
  return lines.map((line) => ({
    key: nextKey(),
    id: line.id,
    productId: line.product.id,
    description: line.description ?? "",
    quantity: line.quantity,
    unitPrice: line.unitPrice === null ? "" : priceText(line.unitPrice),
    frequency: line.frequency,
    startMonth: line.startMonth,
    endMonth: line.endMonth ?? "",
  }));
}

/** A line left as it was added, nothing chosen or typed: not sent. */
export function isBlankLine(line: ContractLineDraft): boolean {
  return !line.productId && line.description.trim() === "" && line.unitPrice.trim() === "";
}

function lineInput(line: ContractLineDraft): ContractLineInput {
  return {
    ...(line.id ? { id: line.id } : {}),
    // An empty id fails the schema with its own words: "Choose a product."
    productId: line.productId ?? "",
    description: line.description.trim() || null,
    quantity: line.quantity.trim(),
    unitPrice: line.unitPrice.trim() || null,
    frequency: line.frequency,
    startMonth: line.startMonth.trim(),
    endMonth: line.endMonth.trim() || null,
  };
}

/** "12" → 12; anything else (blank, "1.5", "x") → NaN, which the schema words as a day to use. */
function dayNumber(text: string): number {
  return /^\s*\d{1,2}\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** The API's field names ("lines.0.quantity") as the editor's ("2.quantity": blank lines are not sent). */
export function editorErrors(fields: FieldErrors, index: readonly number[]): FieldErrors {
  const result: FieldErrors = {};
  for (const [field, message] of Object.entries(fields)) {
    const match = /^lines\.(\d+)\.(\w+)$/.exec(field);
    const name = match ? `${index[Number(match[1])] ?? match[1]}.${match[2]}` : field;
    if (!(name in result)) result[name] = message;
  }
  return result;
}

export type Checked<T> =
  | { body: T; index: number[]; errors?: undefined }
  | { body?: undefined; index?: undefined; errors: FieldErrors };

/**
 * The draft as the API takes it, checked with the server's own schema and messages, or what
 * is wrong, by the editor's field names ("billingDay", "2.unitPrice"). Money stays text.
 */
export function checkContract(draft: ContractDraft): Checked<ContractBody> {
  return check(draft, (body) => ContractBody.safeParse(body));
}

/** The same for a template, which also has a name. */
export function checkTemplate(draft: ContractDraft): Checked<ContractTemplateBody> {
  return check(draft, (body) => ContractTemplateBody.safeParse({ ...body, name: draft.name ?? "" }));
}

type Parse<T> = (body: {
  billingDay: number;
  lines: ContractLineInput[];
}) =>
  | { success: true; data: T }
  | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };

function check<T>(draft: ContractDraft, parse: Parse<T>): Checked<T> {
  const index: number[] = [];
  const lines: ContractLineInput[] = [];
  draft.lines.forEach((line, i) => {
    if (isBlankLine(line)) return;
    index.push(i);
    lines.push(lineInput(line));
  });
  const parsed = parse({ billingDay: dayNumber(draft.billingDay), lines });
  if (parsed.success) return { body: parsed.data, index };
  const fields: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const name = issue.path.map(String).join(".");
    if (!(name in fields)) fields[name] = name === "billingDay" ? "Use a day from 1 to 31." : issue.message;
  }
  return { errors: editorErrors(fields, index) };
}

/** "2026-01" → "Jan 2026". */
export function monthLabel(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const name = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)).toLocaleString("en-GB", {
    month: "short",
    timeZone: "UTC",
  });
  return `${name} ${match[1]}`;
}

/** "From Jan 2026", "Jan 2026 – Dec 2026". */
export function periodLabel(line: Pick<ContractLine, "startMonth" | "endMonth">): string {
  return line.endMonth
    ? `${monthLabel(line.startMonth)} – ${monthLabel(line.endMonth)}`
    : `From ${monthLabel(line.startMonth)}`;
}

/** A template's lines in a few words: "BK-S monthly, PAYROLL quarterly". */
export function linesSummary(lines: readonly ContractLine[]): string {
  if (lines.length === 0) return "No lines";
  return lines.map((l) => `${l.product.code} ${l.frequency}`).join(", ");
}

/** "1 client", "3 clients". */
export function clientsWord(n: number): string {
  return `${n} ${n === 1 ? "client" : "clients"}`;
}

/** "1234.5000" → "1,234.50": read off the text, never through a float. */
export function priceLabel(value: string): string {
  return formatAmount(priceText(value));
}

const SHOWN_BY_LINE = new Set([
  "productId",
  "description",
  "quantity",
  "unitPrice",
  "frequency",
  "startMonth",
  "endMonth",
  "id",
]);

/**
 * What a failed save says above the buttons: the errors no field shows ("At most 100 lines."),
 * or the answer's message when no field shows it either; nothing when the fields say it all.
 */
export function formProblem(errors: FieldErrors, message: string, generic: boolean): string | null {
  const unshown = Object.entries(errors)
    .filter(([name]) => {
      const line = /^\d+\.(\w+)$/.exec(name);
      return line ? !SHOWN_BY_LINE.has(line[1]!) : name !== "billingDay" && name !== "name";
    })
    .map(([, text]) => text);
  if (unshown.length > 0) return unshown.join(" ");
  const shown = Object.keys(errors).length > 0;
  return (generic && shown) || Object.values(errors).includes(message) ? null : message;
}

/** A failed save: the errors for the editor's fields, and what is said above the buttons. */
export function saveFailure(
  error: unknown,
  index: readonly number[],
): { fields: FieldErrors; problem: string | null } {
  const fields = error instanceof ApiError ? editorErrors(error.fieldErrors, index) : {};
  const generic = error instanceof ApiError && error.code === "validation_failed";
  return { fields, problem: formProblem(fields, errorMessage(error), generic) };
}

/** Whose contracts are replaced, in words: "Birch OÜ and Cedar OÜ"; past three, how many. */
export function whoseContracts(names: readonly string[], count: number): string {
  if (names.length === 0 || names.length > 3 || names.length !== count) return clientsWord(count);
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** The errors still true after an edit: a field changed loses its error; lines added or removed, all lines'. */
export function stillWrong(errors: FieldErrors, before: ContractDraft, after: ContractDraft): FieldErrors {
  const kept: FieldErrors = {};
  for (const [name, message] of Object.entries(errors)) {
    const line = /^(\d+)\.(\w+)$/.exec(name);
    const same = line
      ? before.lines.length === after.lines.length &&
        lineField(before.lines[Number(line[1])], line[2]!) ===
          lineField(after.lines[Number(line[1])], line[2]!)
      : name === "billingDay" || name === "name"
        ? before[name] === after[name]
        : before.lines === after.lines;
    if (same) kept[name] = message;
  }
  return kept;
}

function lineField(line: ContractLineDraft | undefined, field: string): unknown {
  // "id" problems are shown by the end month.
  const key = field === "id" ? "endMonth" : field;
  return line ? (line as unknown as Record<string, unknown>)[key] : undefined;
}

/** Said before why contracts cannot be used yet (no plan, Billing off). */
export const CONTRACTS_LEAD = "Contracts bill fixed fees automatically; they are part of Billing.";
