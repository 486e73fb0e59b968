import { describe, expect, it } from "vitest";
import type { Product } from "../../../../shared/api/billing.js";
import type { Invoice, InvoiceLine } from "../../../../shared/api/invoices.js";
import {
  draftOf,
  emptyLine,
  type LineDraft,
  linesBody,
  liveTotals,
  priceText,
  withProduct,
} from "./invoice-draft.js";

const rates = [
  { id: "vat-24", rate: "24.0000" },
  { id: "vat-9", rate: "9.0000" },
];

function line(fields: Partial<LineDraft>): LineDraft {
  return { ...emptyLine("vat-24"), ...fields };
}

function invoiceOf(lines: InvoiceLine[]): Invoice {
  return {
    id: "0e9a3c1b-2d4f-4a6b-8c7d-9e0f1a2b3c4d",
    kind: "invoice",
    number: null,
    status: "in_progress",
    client: { id: "1e9a3c1b-2d4f-4a6b-8c7d-9e0f1a2b3c4d", name: "Alder Bakery OÜ" },
    date: "2026-11-30",
    dueDate: "2026-12-14",
    currency: "EUR",
    reference: null,
    amountsAre: "exclusive",
    lines,
    subTotal: "150.00",
    totalTax: "36.00",
    total: "186.00",
    taxByRate: [],
    creditedInvoiceId: null,
    creditedInvoiceNumber: null,
    creditNotes: [],
    issuedAt: null,
    createdAt: "2026-11-30T08:00:00.000Z",
    updatedAt: "2026-11-30T08:00:00.000Z",
  };
}

describe("the invoice editor's live totals", () => {
  it("shows each line's amount and VAT, VAT per rate and the total, rounded per line as Xero does", () => {
    const live = liveTotals(
      {
        amountsAre: "exclusive",
        lines: [
          line({ description: "Bookkeeping", quantity: "1", unitPrice: "450" }),
          line({ description: "Payroll", quantity: "2.5", unitPrice: "40.005", vatRateId: "vat-9" }),
          line({ description: "Advice", quantity: "0.3333", unitPrice: "99.99", discountRate: "10" }),
          emptyLine("vat-24"),
        ],
      },
      rates,
      2,
    );
    // 40.005 is priced at 40.01 (2 decimals); 0.3333 × 99.99 × 0.9 = 29.99 (29.9940…).
    expect(live.lines).toEqual([
      { lineAmount: "450.00", taxAmount: "108.00" },
      { lineAmount: "100.03", taxAmount: "9.00" },
      { lineAmount: "29.99", taxAmount: "7.20" },
      null,
    ]);
    expect(live.totals).toMatchObject({ subTotal: "580.02", totalTax: "124.20", total: "704.22" });
    expect(live.totals.taxByRate).toEqual([
      { taxRateId: "vat-24", rate: "24", net: "479.99", tax: "115.20" },
      { taxRateId: "vat-9", rate: "9", net: "100.03", tax: "9.00" },
    ]);
    expect(live.problems).toEqual({});
  });

  it("keeps the VAT inside the amounts when prices include it", () => {
    const live = liveTotals(
      { amountsAre: "inclusive", lines: [line({ description: "Bookkeeping", unitPrice: "124" })] },
      rates,
      2,
    );
    expect(live.totals).toMatchObject({ subTotal: "100.00", totalTax: "24.00", total: "124.00" });
  });

  it("marks what is not yet a number and counts the rest", () => {
    const live = liveTotals(
      {
        amountsAre: "exclusive",
        lines: [
          line({ description: "Ok", unitPrice: "10" }),
          line({ description: "Too precise", quantity: "1.00001", unitPrice: "1,5" }),
        ],
      },
      rates,
      2,
    );
    expect(Object.keys(live.problems).sort()).toEqual(["1.quantity", "1.unitPrice"]);
    expect(live.lines[1]).toBeNull();
    expect(live.totals.total).toBe("12.40");
  });
});

describe("an editor line", () => {
  it("takes the product's description, price, VAT rate and resource code", () => {
    const product: Product = {
      id: "p1",
      code: "PAY",
      name: "Payroll",
      description: null,
      unit: "h",
      unitPrice: "40.5000",
      resourceCode: { id: "rc", code: "200" },
      vatRate: { id: "vat-9", name: "9%" },
      active: true,
      xero: null,
    };
    expect(withProduct(line({ quantity: "3" }), product)).toMatchObject({
      productId: "p1",
      description: "Payroll",
      quantity: "3",
      unitPrice: "40.50",
      vatRateId: "vat-9",
      resourceCodeId: "rc",
    });
    expect(priceText("9.87650")).toBe("9.8765");
  });

  it("leaves blank lines out of what is saved, remembering where the others were", () => {
    const body = linesBody([
      emptyLine(null),
      line({ description: "Advice", unitPrice: "10", discountRate: " " }),
    ]);
    expect(body.index).toEqual([1]);
    expect(body.lines).toEqual([
      {
        productId: null,
        description: "Advice",
        quantity: "1",
        unitPrice: "10",
        discountRate: null,
        vatRateId: "vat-24",
        resourceCodeId: null,
      },
    ]);
  });

  it("sends a saved line back with its id, so an edit keeps the contract period it bills", () => {
    const saved = {
      id: "7b1f0c1e-1111-4a6b-8c7d-9e0f1a2b3c4d",
      productId: null,
      description: "Bookkeeping, November",
      quantity: "1",
      unitPrice: "150.00",
      discountRate: null,
      vatRateId: "vat-24",
      vatRate: "24",
      resourceCodeId: null,
      lineAmount: "150.00",
      taxAmount: "36.00",
      period: "2026-11",
    };
    const draft = draftOf(invoiceOf([saved]));
    expect(draft.lines[0]).toMatchObject({ id: saved.id, period: "2026-11" });
    const body = linesBody([...draft.lines, line({ description: "Advice", unitPrice: "10" })]);
    expect(body.lines.map((l) => l.id)).toEqual([saved.id, undefined]);
  });
});
