import { describe, expect, it } from "vitest";
import { invoiceFonts } from "./invoice-fonts.js";
import { INVOICE_LABELS } from "./invoice-labels.js";
import { renderInvoicePdf } from "./render-invoice-pdf.js";
import { pdfText } from "./testing/pdf-text.js";
import { SAMPLE_BUYER, SAMPLE_LINES, SAMPLE_SELLER, sampleInvoice } from "./testing/sample-invoices.js";

describe("the invoice fonts", () => {
  // Its own test file, so the fonts are fresh in this process: the first PDF is the first to
  // draw W at all, and draws it only as part of Ŵ.
  it("keep a letter searchable in a later PDF when an earlier one drew it only inside an accented letter", async () => {
    const bare = {
      addressLines: [],
      registryCode: null,
      vatNumber: null,
      email: null,
      phone: null,
    };
    const first = sampleInvoice({
      seller: { ...SAMPLE_SELLER, ...bare, name: "Ŵ", bankAccount: null },
      buyer: { ...SAMPLE_BUYER, ...bare, name: "Ŵ" },
      reference: null,
      sampleLines: [{ ...SAMPLE_LINES[2]!, description: "Ŵ" }],
    });
    expect((await pdfText(await renderInvoicePdf(first))).text).toContain("Ŵ");

    const second = sampleInvoice({
      sampleLines: [{ ...SAMPLE_LINES[2]!, description: "Wages for Wilhelm" }],
    });
    expect((await pdfText(await renderInvoicePdf(second))).lines).toContain(
      "Wages for Wilhelm 3.25 h 95.00 22 308.75",
    );
  });

  it("have every letter of the labels and of Estonian, German and Nordic names, and € and £", () => {
    const labels = Object.values(INVOICE_LABELS).flatMap((l) =>
      Object.values(l).map((v) => (typeof v === "function" ? v(1, 2) : v)),
    );
    const text = `${labels.join("")}õäöüšžÕÄÖÜŠŽåæøÅÆØßéèáàç€£−–—\u00a0\u202f·’“”`;
    for (const font of Object.values(invoiceFonts())) {
      const missing = [...new Set(text)].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
      expect(missing).toEqual([]);
    }
  });
});
