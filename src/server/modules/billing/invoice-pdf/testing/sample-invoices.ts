import { computeInvoiceTotals } from "../../../../../shared/money/invoice-totals.js";
import type { PrintableInvoice, PrintableLine } from "../printable-invoice.js";

/** Sample invoices for the PDF tests and benchmark: amounts computed by the money library. */

type SampleLine = Omit<PrintableLine, "lineAmount">;

export const SAMPLE_SELLER: PrintableInvoice["seller"] = {
  name: "Õunapuu & Järv Raamatupidamine OÜ",
  registryCode: "12345678",
  vatNumber: "EE101234567",
  addressLines: ["Pärnu mnt 15", "10141 Tallinn", "Estonia"],
  email: "arved@ounapuu.ee",
  phone: "+372 5555 1234",
  bankAccount: "LHV Pank EE71 7700 7710 0123 4567",
};

export const SAMPLE_BUYER: PrintableInvoice["buyer"] = {
  name: "Müller & Søn Ærø Bygg GmbH",
  registryCode: "HRB 98765",
  vatNumber: "DE123456789",
  addressLines: ["Große Straße 7", "Åkersgatan 2 (Lager)", "20095 Hamburg", "Germany"],
  email: "rechnungen@mueller-soen.de",
  phone: null,
};

export const SAMPLE_LINES: SampleLine[] = [
  {
    description: "Monthly bookkeeping \u2014 November 2026 (õiendid, käibedeklaratsioon, šabloonid, žurnaal)",
    quantity: "1",
    unit: "month",
    unitPrice: "450.00",
    discountRate: null,
    vatRate: "22",
  },
  {
    description: "Payroll for 12 employees",
    quantity: "12",
    unit: "pc",
    unitPrice: "8.5000",
    discountRate: "10",
    vatRate: "22",
  },
  {
    description: "Annual report consultation",
    quantity: "3.25",
    unit: "h",
    unitPrice: "95.00",
    discountRate: null,
    vatRate: "22",
  },
  {
    description:
      "Year-end closing: reconciliation of all bank accounts, fixed asset register, accruals and " +
      "deferrals, inventory count review, and preparation of the notes to the annual report for " +
      "the general meeting (Straße, Ærø, Åland, Øresund)",
    quantity: "1.5",
    unit: "h",
    unitPrice: "1234.5678",
    discountRate: "2.5",
    vatRate: "9",
  },
  {
    description: "Postage and courier (£ and € receipts attached)",
    quantity: "1",
    unit: "pc",
    unitPrice: "23.40",
    discountRate: null,
    vatRate: "0",
  },
];

export function sampleInvoice(overrides: Partial<PrintableInvoice> & { sampleLines?: SampleLine[] } = {}) {
  const { sampleLines = SAMPLE_LINES, ...rest } = overrides;
  const amountsAre = rest.amountsAre ?? "exclusive";
  const totals = computeInvoiceTotals({
    amountsAre,
    unitDp: 4,
    lines: sampleLines.map((l) => ({
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discountRate: l.discountRate,
      taxRate: l.vatRate,
    })),
  });
  const invoice: PrintableInvoice = {
    kind: "invoice",
    number: "INV-0042",
    creditedInvoiceNumber: null,
    date: "2026-11-30",
    dueDate: "2026-12-14",
    currency: "EUR",
    reference: "PO 2026/117",
    amountsAre,
    lines: sampleLines.map((l, i) => ({ ...l, lineAmount: totals.lines[i]!.lineAmount })),
    subTotal: totals.subTotal,
    totalTax: totals.totalTax,
    total: totals.total,
    taxByRate: totals.taxByRate.map(({ rate, net, tax }) => ({ rate, net, tax })),
    seller: SAMPLE_SELLER,
    buyer: SAMPLE_BUYER,
    paymentTerms: "14 days from the invoice date",
  };
  return { ...invoice, ...rest, amountsAre };
}

/** `count` lines cycling through a few realistic ones, some with long descriptions. */
export function manyLines(count: number): SampleLine[] {
  return Array.from({ length: count }, (_, i) => {
    const base = SAMPLE_LINES[i % SAMPLE_LINES.length]!;
    return { ...base, description: `${i + 1}. ${base.description}` };
  });
}
