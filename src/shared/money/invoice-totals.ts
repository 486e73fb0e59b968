import { Decimal, DecimalError } from "./decimal.js";

/**
 * An invoice's amounts computed the way Xero computes them, so the totals Kontor shows (in the
 * editor as the user types, on the PDF, in the API) are the ones Xero will hold after export.
 * Xero's documented rules ("Rounding in Xero", "Tax and the Xero API", the Invoices reference):
 *
 * - The unit price is rounded to 2 decimals, or kept to 4 when the organisation uses 4
 *   (`unitdp=4`). Quantities have up to 4 decimals.
 * - LineAmount = Quantity × UnitAmount × (100 − DiscountRate) / 100, rounded to 2 decimals.
 * - Each line's tax is computed from its rounded LineAmount and rounded to 2 decimals; the
 *   invoice's tax is the sum of the lines' taxes (never the rate applied to a total).
 *   Exclusive: tax = LineAmount × rate / 100. Inclusive: the LineAmount already holds the tax,
 *   tax = LineAmount × rate / (100 + rate). No tax: every tax is 0.
 * - SubTotal is "Total of invoice excluding taxes" for every amount type, so on an inclusive
 *   invoice it is Σ LineAmount − TotalTax; Total = SubTotal + TotalTax.
 *
 * Rounding is half away from zero (see decimal.ts). Strings in, strings out: every amount is
 * a decimal string with exactly 2 decimals, every unit price has exactly `unitDp` decimals.
 */

export type AmountsAre = "exclusive" | "inclusive" | "none";
export type UnitDp = 2 | 4;

/** Decimals a value may be given with (more is refused, never silently rounded). */
export const QUANTITY_DECIMALS = 4;
export const UNIT_PRICE_DECIMALS = 4;
export const DISCOUNT_RATE_DECIMALS = 2;
export const TAX_RATE_DECIMALS = 4;
/** Line amounts, taxes and totals. */
export const AMOUNT_DECIMALS = 2;

export interface InvoiceLineInput {
  /** Up to 4 decimals; may be negative (a credit, a correction). */
  quantity: string;
  /** Up to 4 decimals, rounded to `unitDp`; may be negative (a discount line). */
  unitPrice: string;
  /** Percent, 0–100, up to 2 decimals; absent or null is no discount. */
  discountRate?: string | null;
  /** Percent (20 for 20 %), 0 or more, up to 4 decimals; ignored when amounts are "none". */
  taxRate: string;
  /** The VAT rate's id: `taxByRate` groups lines by it (and by rate). */
  taxRateId?: string | null;
}

export interface InvoiceTotalsInput {
  lines: readonly InvoiceLineInput[];
  amountsAre: AmountsAre;
  /** 4 when the company keeps unit prices to 4 decimals; default 2. */
  unitDp?: UnitDp;
}

export interface LineTotals {
  /** The unit price used, with exactly `unitDp` decimals. */
  unitPrice: string;
  /** Quantity × unit price less the discount; includes the tax when amounts are inclusive. */
  lineAmount: string;
  taxAmount: string;
}

export interface TaxByRate {
  taxRateId: string | null;
  /** The rate in its shortest form: "20", "17.5", "0". */
  rate: string;
  /** The lines' amounts excluding tax. */
  net: string;
  tax: string;
}

export interface InvoiceTotals {
  /** In the order of the input lines. */
  lines: LineTotals[];
  /** Excluding tax, whatever `amountsAre` is. */
  subTotal: string;
  totalTax: string;
  total: string;
  /** One entry per rate in order of first use; empty when amounts are "none". */
  taxByRate: TaxByRate[];
}

export type LineField = "quantity" | "unitPrice" | "discountRate" | "taxRate";

export interface LineProblem {
  /** Index into `lines`. */
  line: number;
  field: LineField;
  message: string;
}

/** Every field that is not a valid number, so a form can mark them all at once. */
export class InvoiceTotalsError extends Error {
  constructor(readonly problems: LineProblem[]) {
    super(problems.map((p) => `line ${p.line + 1} ${p.field}: ${p.message}`).join("; "));
    this.name = "InvoiceTotalsError";
  }
}

const HUNDRED = Decimal.fromInteger(100);
const ONE_HUNDREDTH = Decimal.fromUnits(1n, 2);

/** Throws InvoiceTotalsError listing every bad field. */
export function computeInvoiceTotals(input: InvoiceTotalsInput): InvoiceTotals {
  const unitDp = input.unitDp ?? 2;
  const problems: LineProblem[] = [];
  const parsed = input.lines.map((line, index) => readLine(line, index, problems));
  if (problems.length > 0) throw new InvoiceTotalsError(problems);

  const computed = parsed.map((line) => computeLine(line, input.amountsAre, unitDp));
  const lineSum = Decimal.sum(computed.map((l) => l.lineAmount));
  const totalTax = Decimal.sum(computed.map((l) => l.taxAmount));
  const subTotal = input.amountsAre === "inclusive" ? lineSum.minus(totalTax) : lineSum;

  const groups = new Map<string, { taxRateId: string | null; rate: Decimal; net: Decimal; tax: Decimal }>();
  if (input.amountsAre !== "none") {
    parsed.forEach((line, index) => {
      const { taxRateId, taxRate } = line;
      const { lineAmount, taxAmount } = computed[index]!;
      const net = input.amountsAre === "inclusive" ? lineAmount.minus(taxAmount) : lineAmount;
      const key = `${taxRateId ?? ""}\u0000${taxRate.toString()}`;
      const group = groups.get(key) ?? { taxRateId, rate: taxRate, net: Decimal.ZERO, tax: Decimal.ZERO };
      groups.set(key, { ...group, net: group.net.plus(net), tax: group.tax.plus(taxAmount) });
    });
  }

  return {
    lines: computed.map((l) => ({
      unitPrice: l.unitPrice.toFixed(unitDp),
      lineAmount: money(l.lineAmount),
      taxAmount: money(l.taxAmount),
    })),
    subTotal: money(subTotal),
    totalTax: money(totalTax),
    total: money(subTotal.plus(totalTax)),
    taxByRate: [...groups.values()].map((g) => ({
      taxRateId: g.taxRateId,
      rate: g.rate.toString(),
      net: money(g.net),
      tax: money(g.tax),
    })),
  };
}

interface ParsedLine {
  quantity: Decimal;
  unitPrice: Decimal;
  discountRate: Decimal;
  taxRate: Decimal;
  taxRateId: string | null;
}

function computeLine(line: ParsedLine, amountsAre: AmountsAre, unitDp: UnitDp) {
  const unitPrice = line.unitPrice.round(unitDp);
  const lineAmount = line.quantity
    .times(unitPrice)
    .times(HUNDRED.minus(line.discountRate))
    .times(ONE_HUNDREDTH)
    .round(AMOUNT_DECIMALS);
  const taxAmount =
    amountsAre === "exclusive"
      ? lineAmount.times(line.taxRate).times(ONE_HUNDREDTH).round(AMOUNT_DECIMALS)
      : amountsAre === "inclusive"
        ? lineAmount.times(line.taxRate).dividedBy(HUNDRED.plus(line.taxRate), AMOUNT_DECIMALS)
        : Decimal.ZERO;
  return { unitPrice, lineAmount, taxAmount };
}

function readLine(line: InvoiceLineInput, index: number, problems: LineProblem[]): ParsedLine {
  const read = (
    field: LineField,
    text: string,
    maxDecimals: number,
    check?: (d: Decimal) => string | null,
  ) => {
    try {
      const value = Decimal.parse(text, { maxDecimals });
      const problem = check?.(value) ?? null;
      if (problem) problems.push({ line: index, field, message: problem });
      return value;
    } catch (error) {
      if (!(error instanceof DecimalError)) throw error;
      problems.push({ line: index, field, message: error.message });
      return Decimal.ZERO;
    }
  };
  const quantity = read("quantity", line.quantity, QUANTITY_DECIMALS);
  const unitPrice = read("unitPrice", line.unitPrice, UNIT_PRICE_DECIMALS);
  const discountRate =
    line.discountRate === undefined || line.discountRate === null
      ? Decimal.ZERO
      : read("discountRate", line.discountRate, DISCOUNT_RATE_DECIMALS, (d) =>
          d.isNegative() || d.compare(HUNDRED) > 0 ? "A discount is between 0 and 100 %." : null,
        );
  const taxRate = read("taxRate", line.taxRate, TAX_RATE_DECIMALS, (d) =>
    d.isNegative() ? "A tax rate cannot be negative." : null,
  );
  return { quantity, unitPrice, discountRate, taxRate, taxRateId: line.taxRateId ?? null };
}

function money(value: Decimal): string {
  return value.toFixed(AMOUNT_DECIMALS);
}
