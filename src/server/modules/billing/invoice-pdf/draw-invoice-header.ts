import { formatDate } from "./invoice-numbers.js";
import type { InvoiceSheet } from "./invoice-sheet.js";
import { COLOR, LABEL, PAGE, Pen } from "./pdf-pen.js";
import type { PrintableParty } from "./printable-invoice.js";

const SMALL = 8.5;
const SMALL_LINE = Pen.lineHeight(SMALL);
/** The right-hand column: the title, then the dates and reference. */
const META_WIDTH = 210;
const META_LEFT = PAGE.right - META_WIDTH;
const PARTY_WIDTH = META_LEFT - PAGE.left - 24;

/**
 * The first page's top: the firm (who invoices) on the left and the document's title and number
 * on the right; then the client (who pays) on the left and the dates on the right.
 */
export function drawInvoiceHeader(sheet: InvoiceSheet) {
  const { pen, invoice, labels } = sheet;
  const top: number = PAGE.top;

  // The firm.
  let left = top;
  for (const line of pen.wrap(invoice.seller.name, PARTY_WIDTH, { font: "semiBold", size: 14 })) {
    pen.text(line, PAGE.left, left, { font: "semiBold", size: 14 });
    left += Pen.lineHeight(14);
  }
  left += 2;
  left = drawPartyDetails(sheet, invoice.seller, left, [invoice.seller.email, invoice.seller.phone]);

  // The title.
  const kind = invoice.kind === "credit_note" ? labels.creditNote : labels.invoice;
  pen.text(kind.toUpperCase(), PAGE.right, top - 2, {
    font: "semiBold",
    size: 22,
    spacing: 1,
    align: "right",
  });
  let right = top + 32;
  if (invoice.number) {
    pen.text(`${labels.number} ${invoice.number}`, PAGE.right, right, { size: 11, align: "right" });
    right += 18;
  } else {
    const text = labels.draft.toUpperCase();
    const style = { ...LABEL, size: 8.5, color: COLOR.draft, spacing: 0.8 };
    const width = pen.width(text, style);
    sheet.doc
      .save()
      .roundedRect(PAGE.right - width - 16, right - 3, width + 16, 18, 3)
      .lineWidth(1)
      .strokeColor(COLOR.draft)
      .stroke()
      .restore();
    pen.text(text, PAGE.right - 8, right + 1.5, { ...style, align: "right" });
    right += 24;
  }

  // The client and the dates.
  let y = Math.max(left, right) + 22;
  pen.rule(PAGE.left, PAGE.right, y - 10);
  y += 4;
  pen.text(labels.billTo.toUpperCase(), PAGE.left, y, LABEL);
  let client = y + 13;
  for (const line of pen.wrap(invoice.buyer.name, PARTY_WIDTH, { font: "semiBold", size: 11 })) {
    pen.text(line, PAGE.left, client, { font: "semiBold", size: 11 });
    client += Pen.lineHeight(11);
  }
  client = drawPartyDetails(sheet, invoice.buyer, client + 1, [invoice.buyer.email]);

  const meta: Array<[string, string]> = [];
  if (invoice.kind === "credit_note") {
    meta.push([labels.creditNoteDate, formatDate(invoice.date, sheet.locale)]);
    if (invoice.creditedInvoiceNumber) meta.push([labels.credits, invoice.creditedInvoiceNumber]);
  } else {
    meta.push([labels.invoiceDate, formatDate(invoice.date, sheet.locale)]);
    meta.push([labels.dueDate, formatDate(invoice.dueDate, sheet.locale)]);
  }
  if (invoice.reference) meta.push([labels.reference, invoice.reference]);
  let dates = y;
  for (const [label, value] of meta) {
    pen.text(label, META_LEFT, dates, { size: 9, color: COLOR.muted });
    const valueLeft = META_LEFT + Math.max(78, pen.width(label, { size: 9 }) + 10);
    const lines = pen.wrap(value, PAGE.right - valueLeft, { font: "semiBold", size: 9 });
    for (const line of lines) {
      pen.text(line, PAGE.right, dates, { font: "semiBold", size: 9, align: "right" });
      dates += Pen.lineHeight(9);
    }
    dates += 3;
  }

  sheet.y = Math.max(client, dates) + 20;
}

/** Address lines, registry code, VAT number and contacts, small and muted. */
function drawPartyDetails(
  sheet: InvoiceSheet,
  party: PrintableParty,
  top: number,
  contacts: Array<string | null>,
): number {
  const { pen, labels } = sheet;
  const lines = [
    ...party.addressLines,
    party.registryCode ? `${labels.registryCode} ${party.registryCode}` : null,
    party.vatNumber ? `${labels.vatNumber} ${party.vatNumber}` : null,
    ...contacts,
  ];
  let y = top;
  for (const text of lines) {
    if (!text) continue;
    for (const line of pen.wrap(text, PARTY_WIDTH, { size: SMALL })) {
      pen.text(line, PAGE.left, y, { size: SMALL, color: COLOR.muted });
      y += SMALL_LINE;
    }
  }
  return y;
}
