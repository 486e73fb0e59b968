import { describe, expect, it } from "vitest";
import type { FirmDetails } from "../../../../shared/api/billing-settings.js";
import type { Invoice } from "../../../../shared/api/invoices.js";
import { describePaymentTerms } from "./invoice-labels.js";
import { printableInvoice } from "./printable-invoice.js";

const invoice: Invoice = {
  id: "00000000-0000-4000-8000-000000000001",
  kind: "invoice",
  number: "INV-0042",
  status: "created",
  client: { id: "00000000-0000-4000-8000-000000000002", name: "Müller & Søn" },
  date: "2026-11-30",
  dueDate: "2026-12-14",
  currency: "EUR",
  reference: "PO 117",
  amountsAre: "exclusive",
  lines: [
    {
      id: "00000000-0000-4000-8000-000000000003",
      productId: null,
      description: "Bookkeeping",
      quantity: "1.5000",
      unitPrice: "100.0000",
      discountRate: null,
      vatRateId: "00000000-0000-4000-8000-000000000004",
      vatRate: "22",
      resourceCodeId: null,
      lineAmount: "150.00",
      taxAmount: "33.00",
      period: "2026-11",
    },
  ],
  subTotal: "150.00",
  totalTax: "33.00",
  total: "183.00",
  taxByRate: [{ vatRateId: "00000000-0000-4000-8000-000000000004", rate: "22", net: "150.00", tax: "33.00" }],
  creditedInvoiceId: null,
  creditedInvoiceNumber: null,
  creditNotes: [],
  issuedAt: "2026-11-30T10:00:00.000Z",
  createdAt: "2026-11-30T09:00:00.000Z",
  updatedAt: "2026-11-30T10:00:00.000Z",
};

const firm: FirmDetails = {
  legalName: "Õunapuu OÜ",
  registryCode: "12345678",
  vatNumber: "EE101234567",
  address: "Pärnu mnt 15\r\n  10141 Tallinn \n\nEstonia",
  bankAccount: "EE71 7700 7710 0123 4567",
  email: "arved@ounapuu.ee",
  phone: null,
};

describe("a printable invoice", () => {
  it("takes the invoice's own amounts and the firm's and client's details as printed", () => {
    const printable = printableInvoice({
      invoice: { ...invoice, lines: invoice.lines.map((l) => ({ ...l, unit: "h" })) },
      firm,
      companyName: "Õunapuu",
      client: {
        name: "Müller & Søn",
        registryCode: "HRB 98765",
        vatNumber: null,
        email: "r@mueller.de",
        address: {
          line1: "Große Straße 7",
          line2: null,
          city: "Hamburg",
          postalCode: "20095",
          country: "Germany",
        },
      },
      paymentTerms: { days: 14, from: "invoice_date" },
    });

    expect(printable.lines).toEqual([
      {
        description: "Bookkeeping",
        quantity: "1.5000",
        unit: "h",
        unitPrice: "100.0000",
        discountRate: null,
        vatRate: "22",
        lineAmount: "150.00",
      },
    ]);
    expect(printable).toMatchObject({
      number: "INV-0042",
      subTotal: "150.00",
      totalTax: "33.00",
      total: "183.00",
      taxByRate: [{ rate: "22", net: "150.00", tax: "33.00" }],
      paymentTerms: "14 days from the invoice date",
    });
    expect(printable.seller).toEqual({
      name: "Õunapuu OÜ",
      registryCode: "12345678",
      vatNumber: "EE101234567",
      addressLines: ["Pärnu mnt 15", "10141 Tallinn", "Estonia"],
      email: "arved@ounapuu.ee",
      phone: null,
      bankAccount: "EE71 7700 7710 0123 4567",
    });
    expect(printable.buyer).toEqual({
      name: "Müller & Søn",
      registryCode: "HRB 98765",
      vatNumber: null,
      addressLines: ["Große Straße 7", "20095 Hamburg", "Germany"],
      email: "r@mueller.de",
      phone: null,
    });
  });

  it("prints the company's name when the firm has no legal name set, and no unit when a line has none", () => {
    const printable = printableInvoice({
      invoice,
      firm: { ...firm, legalName: null, address: null },
      companyName: "Õunapuu",
      client: { name: "Müller & Søn", address: null },
      paymentTerms: null,
    });

    expect(printable.seller.name).toBe("Õunapuu");
    expect(printable.seller.addressLines).toEqual([]);
    expect(printable.buyer.addressLines).toEqual([]);
    expect(printable.lines[0]!.unit).toBeNull();
    expect(printable.paymentTerms).toBeNull();
  });
});

describe("payment terms in words", () => {
  it("say how many days from which day", () => {
    expect(describePaymentTerms({ days: 14, from: "invoice_date" })).toBe("14 days from the invoice date");
    expect(describePaymentTerms({ days: 1, from: "invoice_date" })).toBe("1 day from the invoice date");
    expect(describePaymentTerms({ days: 0, from: "invoice_date" })).toBe("Due on receipt");
    expect(describePaymentTerms({ days: 10, from: "end_of_month" })).toBe(
      "10 days from the end of the invoice month",
    );
    expect(describePaymentTerms({ days: 14, from: "invoice_date" }, "et")).toBe("14 päeva arve kuupäevast");
  });
});
