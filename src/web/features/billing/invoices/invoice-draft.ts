import type { Product, VatRate } from "../../../../shared/api/billing.js";
import type { CreateInvoiceBody, Invoice, InvoiceLineInput } from "../../../../shared/api/invoices.js";
import { Decimal } from "../../../../shared/money/decimal.js";
import {
  type AmountsAre,
  computeInvoiceTotals,
  type InvoiceTotals,
  InvoiceTotalsError,
  type LineField,
  type UnitDp,
} from "../../../../shared/money/invoice-totals.js";

/** A line as the editor holds it: every number as the text the user typed. */
export interface LineDraft {
  /** React's key; not sent. */
  key: string;
  /** A saved line's id, sent back so it keeps what automated billing linked it to. */
  id?: string;
  /** The contract period the saved line bills (YYYY-MM), shown beside it. */
  period?: string | null;
  productId: string | null;
  description: string;
  quantity: string;
  unitPrice: string;
  /** Percent; "" is no discount. */
  discountRate: string;
  vatRateId: string | null;
  resourceCodeId: string | null;
}

export interface InvoiceDraft {
  clientId: string | null;
  /** "" leaves it to Kontor: today in the company's time zone. */
  date: string;
  /** "" leaves it to the payment terms. */
  dueDate: string;
  currency: string;
  reference: string;
  amountsAre: AmountsAre;
  lines: LineDraft[];
}

let keys = 0;
const nextKey = () => `line-${++keys}`;

export function emptyLine(vatRateId: string | null): LineDraft {
  return {
    key: nextKey(),
    productId: null,
    description: "",
    quantity: "1",
    unitPrice: "",
    discountRate: "",
    vatRateId,
    resourceCodeId: null,
  };
}

/** A line left as it was added: nothing typed, no product. Not sent, not counted. */
export function isBlank(line: LineDraft): boolean {
  return !line.productId && line.description.trim() === "" && line.unitPrice.trim() === "";
}

/** "120.0000" → "120.00", "9.8765" stays: at least 2 decimals, no trailing zeros past them. */
export function priceText(value: string): string {
  const match = /^(-?\d+)(?:\.(\d*?))0*$/.exec(value);
  if (!match) return value;
  return `${match[1]}.${(match[2] ?? "").padEnd(2, "0")}`;
}

/** Choosing a product fills the line's description, unit price, VAT rate and resource code. */
export function withProduct(line: LineDraft, product: Product): LineDraft {
  return {
    ...line,
    productId: product.id,
    description: product.description ?? product.name,
    unitPrice: product.unitPrice === null ? line.unitPrice : priceText(product.unitPrice),
    vatRateId: product.vatRate?.id ?? line.vatRateId,
    resourceCodeId: product.resourceCode?.id ?? null,
  };
}

/** The editor's copy of a saved invoice. */
export function draftOf(invoice: Invoice): InvoiceDraft {
  return {
    clientId: invoice.client.id,
    date: invoice.date,
    dueDate: invoice.dueDate,
    currency: invoice.currency,
    reference: invoice.reference ?? "",
    amountsAre: invoice.amountsAre,
    lines: invoice.lines.map((line) => ({
      key: nextKey(),
      id: line.id,
      period: line.period,
      productId: line.productId,
      description: line.description,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountRate: line.discountRate ?? "",
      vatRateId: line.vatRateId,
      resourceCodeId: line.resourceCodeId,
    })),
  };
}

/** The lines as the API takes them, blank ones left out; `index` maps an API line back to the editor's. */
export function linesBody(lines: LineDraft[]): { lines: InvoiceLineInput[]; index: number[] } {
  const index: number[] = [];
  const body: InvoiceLineInput[] = [];
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    index.push(i);
    body.push({
      ...(line.id ? { id: line.id } : {}),
      productId: line.productId,
      description: line.description.trim(),
      quantity: line.quantity.trim(),
      unitPrice: line.unitPrice.trim(),
      discountRate: line.discountRate.trim() === "" ? null : line.discountRate.trim(),
      vatRateId: line.vatRateId,
      resourceCodeId: line.resourceCodeId,
    });
  });
  return { lines: body, index };
}

/** A new invoice's body: a date or due date left empty is Kontor's to fill. */
export function createBody(draft: InvoiceDraft & { clientId: string }): CreateInvoiceBody {
  return {
    clientId: draft.clientId,
    ...(draft.date ? { date: draft.date } : {}),
    ...(draft.dueDate ? { dueDate: draft.dueDate } : {}),
    ...(draft.currency ? { currency: draft.currency } : {}),
    reference: draft.reference.trim() || null,
    amountsAre: draft.amountsAre,
    lines: linesBody(draft.lines).lines,
  };
}

export interface LiveTotals {
  /** Per editor line: its amount and VAT, or null while blank or not yet a number. */
  lines: Array<{ lineAmount: string; taxAmount: string } | null>;
  /** "3.quantity" → what is wrong with it. */
  problems: Record<string, string>;
  /** Of the lines that can be computed. */
  totals: InvoiceTotals;
}

/**
 * The amounts as the user types, computed exactly as Kontor and Xero compute them
 * (src/shared/money): each line that reads as numbers counts; one that does not is marked.
 */
export function liveTotals(
  draft: Pick<InvoiceDraft, "lines" | "amountsAre">,
  vatRates: ReadonlyArray<Pick<VatRate, "id" | "rate">>,
  unitDp: UnitDp,
): LiveTotals {
  const rates = new Map(vatRates.map((rate) => [rate.id, rate.rate]));
  const problems: Record<string, string> = {};
  const counted: Array<{ at: number; input: Parameters<typeof computeInvoiceTotals>[0]["lines"][number] }> =
    [];
  draft.lines.forEach((line, at) => {
    if (isBlank(line)) return;
    const input = {
      quantity: line.quantity.trim(),
      unitPrice: line.unitPrice.trim(),
      discountRate: line.discountRate.trim() === "" ? null : line.discountRate.trim(),
      taxRate: (line.vatRateId && rates.get(line.vatRateId)) || "0",
      taxRateId: line.vatRateId,
    };
    try {
      computeInvoiceTotals({ lines: [input], amountsAre: draft.amountsAre, unitDp });
      counted.push({ at, input });
    } catch (error) {
      if (!(error instanceof InvoiceTotalsError)) throw error;
      for (const problem of error.problems) problems[`${at}.${fieldName(problem.field)}`] = problem.message;
    }
  });
  const totals = computeInvoiceTotals({
    lines: counted.map((c) => c.input),
    amountsAre: draft.amountsAre,
    unitDp,
  });
  const lines: LiveTotals["lines"] = draft.lines.map(() => null);
  counted.forEach(({ at }, i) => {
    const { lineAmount, taxAmount } = totals.lines[i]!;
    lines[at] = { lineAmount, taxAmount };
  });
  return { lines, problems, totals };
}

function fieldName(field: LineField): string {
  return field === "taxRate" ? "vatRateId" : field;
}

/** The VAT rate's percent for the totals panel: "24.0000" → "24". */
export function shortRate(rate: string): string {
  try {
    return Decimal.parse(rate).toString();
  } catch {
    return rate;
  }
}
