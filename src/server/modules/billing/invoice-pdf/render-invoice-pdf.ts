import PDFDocument from "pdfkit";
import { drawInvoiceHeader } from "./draw-invoice-header.js";
import { drawInvoiceLines } from "./draw-invoice-lines.js";
import { drawInvoiceTotals } from "./draw-invoice-totals.js";
import { invoiceFonts } from "./invoice-fonts.js";
import { INVOICE_LABELS, type InvoiceLocale } from "./invoice-labels.js";
import { InvoiceSheet } from "./invoice-sheet.js";
import { COLOR, PAGE, type Pen } from "./pdf-pen.js";
import type { PrintableInvoice } from "./printable-invoice.js";

export interface RenderInvoicePdfOptions {
  /** The language of the labels and the number and date formats; default "en". */
  locale?: InvoiceLocale;
}

/**
 * An invoice or credit note as an A4 PDF in the firm's name (see PrintableInvoice for what it
 * prints). Amounts print exactly as given; a draft (no number) says "Draft — not issued" on
 * every page. Throws a RangeError when an amount is not a decimal string or a date not
 * YYYY-MM-DD: the caller passes the invoice's stored values, so that is a bug, not bad input.
 */
export async function renderInvoicePdf(
  invoice: PrintableInvoice,
  options: RenderInvoicePdfOptions = {},
): Promise<Buffer> {
  const locale = options.locale ?? "en";
  const labels = INVOICE_LABELS[locale];
  const fonts = invoiceFonts();
  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    bufferPages: true,
    // Inter from the start: pdfkit would otherwise load Helvetica, which the server bundle lacks.
    font: fonts.regular as unknown as string,
    lang: locale,
    info: {
      Title: `${invoice.kind === "credit_note" ? labels.creditNote : labels.invoice} ${invoice.number ?? labels.draft}`,
      Author: invoice.seller.name,
      Subject: invoice.buyer.name,
      Creator: "Kontor",
    },
  });
  // Opened once each; the pen selects them by their PostScript names (see invoice-fonts.ts).
  doc.font(fonts.semiBold as unknown as string).font(fonts.regular as unknown as string);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const sheet = new InvoiceSheet(doc, invoice, labels, locale);
  try {
    drawInvoiceHeader(sheet);
    drawInvoiceLines(sheet);
    drawInvoiceTotals(sheet);
    drawPageFooters(sheet);
  } finally {
    doc.end();
  }
  return done;
}

/** On every page: the firm's identity, "Page n of N", and a watermark on a draft. */
function drawPageFooters(sheet: InvoiceSheet) {
  const { doc, pen, invoice, labels } = sheet;
  const { start, count } = doc.bufferedPageRange();
  const identity = [
    invoice.seller.name,
    invoice.seller.registryCode ? `${labels.registryCode} ${invoice.seller.registryCode}` : null,
    invoice.seller.vatNumber ? `${labels.vatNumber} ${invoice.seller.vatNumber}` : null,
    invoice.seller.email,
  ].filter((part): part is string => !!part);
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    if (!invoice.number) {
      // Translucent, so the text under it stays readable.
      doc
        .save()
        .rotate(-32, { origin: [PAGE.width / 2, PAGE.height / 2] })
        .fillOpacity(0.07);
      pen.text(labels.draft.split(" ")[0]!.toUpperCase(), PAGE.width / 2, PAGE.height / 2 - 50, {
        font: "semiBold",
        size: 110,
        color: COLOR.draft,
        align: "center",
      });
      doc.restore();
    }
    pen.rule(PAGE.left, PAGE.right, PAGE.footer);
    const pageText = labels.page(i - start + 1, count);
    const pageWidth = pen.width(pageText, { size: 7.5 });
    const room = PAGE.right - PAGE.left - pageWidth - 24;
    pen.text(fitting(pen, identity, room), PAGE.left, PAGE.footer + 8, { size: 7.5, color: COLOR.muted });
    pen.text(pageText, PAGE.right, PAGE.footer + 8, { size: 7.5, color: COLOR.muted, align: "right" });
  }
}

/** As many of `parts` as fit in `width`, joined by dots; the first one cut to fit if need be. */
function fitting(pen: Pen, parts: string[], width: number): string {
  const style = { size: 7.5 };
  let text = pen.wrap(parts[0] ?? "", width, style)[0] ?? "";
  for (const part of parts.slice(1)) {
    const longer = `${text}  \u00b7  ${part}`;
    if (pen.width(longer, style) > width) break;
    text = longer;
  }
  return text;
}
