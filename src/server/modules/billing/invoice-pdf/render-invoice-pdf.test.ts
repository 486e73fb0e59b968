import { describe, expect, it } from "vitest";
import { renderInvoicePdf } from "./render-invoice-pdf.js";
import { pdfText } from "./testing/pdf-text.js";
import { manyLines, SAMPLE_LINES, sampleInvoice } from "./testing/sample-invoices.js";

describe("an invoice PDF", () => {
  it("prints the firm, the client, the number, dates, reference, lines, VAT by rate, totals and how to pay", async () => {
    const pdf = await renderInvoicePdf(sampleInvoice());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text, pageCount } = await pdfText(pdf);

    expect(pageCount).toBe(1);
    for (const expected of [
      // The firm, in whose name the invoice is.
      "Õunapuu & Järv Raamatupidamine OÜ",
      "Pärnu mnt 15",
      "10141 Tallinn",
      "Registry code 12345678",
      "VAT no. EE101234567",
      "arved@ounapuu.ee",
      "+372 5555 1234",
      // The client.
      "BILL TO",
      "Müller & Søn Ærø Bygg GmbH",
      "Große Straße 7",
      "Åkersgatan 2 (Lager)",
      "20095 Hamburg",
      "Registry code HRB 98765",
      "VAT no. DE123456789",
      "rechnungen@mueller-soen.de",
      // The document.
      "INVOICE",
      "No. INV-0042",
      "Invoice date 30 Nov 2026",
      "Due date 14 Dec 2026",
      "Reference PO 2026/117",
      // The table's columns.
      "Description Qty Unit Unit price Disc. % VAT % Amount",
      // Totals: subtotal, VAT and the total in the invoice's currency.
      "Subtotal 2,679.51",
      "VAT 349.63",
      "Total 3,029.14 EUR",
      // How to pay.
      "14 days from the invoice date",
      "Due date: 14 Dec 2026",
      "Please quote INV-0042 with your payment.",
      "LHV Pank EE71 7700 7710 0123 4567",
      "Page 1 of 1",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("Draft");
  });

  it("prints each line's description, quantity, unit, unit price, discount, VAT rate and amount exactly", async () => {
    const { lines } = await pdfText(await renderInvoicePdf(sampleInvoice()));

    // A long description wraps under itself; the numbers stand on its first line.
    expect(lines).toContain("Monthly bookkeeping — November 2026 (õiendid, 1 month 450.00 22 450.00");
    expect(lines).toContain("käibedeklaratsioon, šabloonid, žurnaal)");
    expect(lines).toContain("Payroll for 12 employees 12 pc 8.50 10 22 91.80");
    expect(lines).toContain("Annual report consultation 3.25 h 95.00 22 308.75");
    expect(lines).toContain(
      "Year-end closing: reconciliation of all bank accounts, 1.5 h 1,234.5678 2.5 9 1,805.56",
    );
    expect(lines).toContain("report for the general meeting (Straße, Ærø, Åland,");
    expect(lines).toContain("Øresund)");
    expect(lines).toContain("Postage and courier (£ and € receipts attached) 1 pc 23.40 0 23.40");
  });

  it("breaks VAT down by rate: each rate's net amount and VAT", async () => {
    const { lines } = await pdfText(await renderInvoicePdf(sampleInvoice()));
    const at = lines.findIndex((line) => line.startsWith("VAT RATE NET VAT"));
    // The totals stand to the right on the same lines; pdftotext may not see the space before "%".
    const rows = lines.slice(at + 1, at + 4).map((line) => line.replace(/ ?%/, " %"));

    expect(rows[0]).toMatch(/^22 % 850\.55 187\.13\b/);
    expect(rows[1]).toMatch(/^9 % 1,805\.56 162\.50\b/);
    expect(rows[2]).toMatch(/^0 % 23\.40 0\.00\b/);
  });

  it("prints amounts from their decimal strings, never through a float", async () => {
    const invoice = sampleInvoice({
      sampleLines: [{ ...SAMPLE_LINES[0]!, quantity: "1", unitPrice: "999999999999.99", vatRate: "0" }],
    });
    const { text } = await pdfText(await renderInvoicePdf({ ...invoice, total: "999999999999.99" }));

    expect(text).toContain("1 month 999,999,999,999.99 0 999,999,999,999.99");
    expect(text).toContain("Total 999,999,999,999.99 EUR");
  });

  it("says an in-progress invoice is a draft, not issued, and asks for no payment reference", async () => {
    const { text } = await pdfText(await renderInvoicePdf(sampleInvoice({ number: null })));

    expect(text).toContain("DRAFT — NOT ISSUED");
    expect(text).not.toContain("No. ");
    expect(text).not.toContain("Please quote");
    expect(text).toContain("3,029.14 EUR");
  });

  it("titles a credit note as one, names the invoice it credits and prints its negative amounts", async () => {
    const invoice = sampleInvoice({
      kind: "credit_note",
      number: "INV-0043",
      creditedInvoiceNumber: "INV-0042",
      sampleLines: [{ ...SAMPLE_LINES[2]!, quantity: "-3.25" }],
    });
    const { text, lines } = await pdfText(await renderInvoicePdf(invoice));

    expect(text).toContain("CREDIT NOTE");
    expect(text).toContain("No. INV-0043");
    expect(text).toContain("Credits invoice INV-0042");
    expect(text).toMatch(/This credit note reduces the amount due on invoice .*INV-0042\./);
    expect(lines).toContain("Annual report consultation -3.25 h 95.00 22 -308.75");
    expect(text).toContain("Total -376.68 EUR");
    expect(text).not.toContain("Due date");
    expect(text).not.toContain("Please quote");
  });

  it("flows 120 lines onto further pages, each with the table header and 'Page n of N'", async () => {
    const lines = manyLines(120);
    const { text, pages, pageCount } = await pdfText(
      await renderInvoicePdf(sampleInvoice({ sampleLines: lines })),
    );

    expect(pageCount).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pageCount}`);
      expect(page).toContain("Description Qty Unit Unit price Disc. % VAT % Amount");
      if (i > 0) expect(page).toContain("Invoice INV-0042 — continued");
    });
    expect(text).toContain("Page 2 of");
    // Every line printed once, in order.
    const positions = lines.map((_, i) => text.indexOf(` ${i + 1}. `));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // The totals once, after the last line.
    expect(pages.at(-1)).toContain("72,699.36 EUR");
    expect(text.indexOf("72,699.36 EUR")).toBe(text.lastIndexOf("72,699.36 EUR"));
  });

  it("wraps a description longer than a page onto the next page without losing a word", async () => {
    const words = Array.from({ length: 500 }, (_, i) => `work${i + 1}`);
    const invoice = sampleInvoice({ sampleLines: [{ ...SAMPLE_LINES[0]!, description: words.join(" ") }] });
    const { text, pageCount } = await pdfText(await renderInvoicePdf(invoice));

    expect(pageCount).toBe(2);
    const found = words.map((w) => text.search(new RegExp(`\\b${w}\\b`)));
    expect(found.every((p) => p >= 0)).toBe(true);
    expect(found).toEqual([...found].sort((a, b) => a - b));
  });

  it("notes that prices include VAT on an inclusive invoice, and prints no VAT on a no-tax one", async () => {
    const inclusive = await pdfText(await renderInvoicePdf(sampleInvoice({ amountsAre: "inclusive" })));
    expect(inclusive.text).toContain("Unit prices and amounts include VAT.");
    expect(inclusive.text).toContain("2,679.51 EUR");

    const none = await pdfText(await renderInvoicePdf(sampleInvoice({ amountsAre: "none" })));
    expect(none.text).toContain("Description Qty Unit Unit price Disc. % Amount");
    expect(none.text).toContain("No VAT charged.");
    expect(none.text).not.toContain("VAT %");
    expect(none.text).toContain("2,679.51 EUR");
  });

  it("leaves out what is not set: discount column, unit column, reference, bank account", async () => {
    const invoice = sampleInvoice({
      sampleLines: SAMPLE_LINES.map((l) => ({ ...l, discountRate: null, unit: null })),
      reference: null,
    });
    const { text } = await pdfText(
      await renderInvoicePdf({ ...invoice, seller: { ...invoice.seller, bankAccount: null, phone: null } }),
    );

    expect(text).toContain("Description Qty Unit price VAT % Amount");
    expect(text).not.toContain("Reference");
    expect(text).not.toContain("Bank account");
    expect(text).not.toContain("+372");
  });

  it("prints in Estonian: labels, dates and numbers", async () => {
    const { text } = await pdfText(await renderInvoicePdf(sampleInvoice(), { locale: "et" }));

    for (const expected of [
      "ARVE",
      "Nr INV-0042",
      "Arve kuupäev",
      "30.11.2026",
      "Maksetähtaeg",
      "14.12.2026",
      "Registrikood 12345678",
      "KMKR nr EE101234567",
      "1234,5678",
      "3029,14 EUR",
      "Leht 1 / 1",
    ]) {
      expect(text).toContain(expected);
    }
  });
});
