import { formatAmount, formatDate, formatMoney, formatQuantity } from "./invoice-numbers.js";
import type { InvoiceSheet } from "./invoice-sheet.js";
import { COLOR, LABEL, PAGE, Pen, type TextStyle } from "./pdf-pen.js";

const SIZE = 9;
const LINE = Pen.lineHeight(SIZE);
const NUMBER: TextStyle = { size: SIZE, tabular: true };
const TOTALS_WIDTH = 230;
const TOTALS_LEFT = PAGE.right - TOTALS_WIDTH;
const BREAKDOWN_WIDTH = 230;

/**
 * Below the lines: the VAT breakdown by rate on the left, subtotal, VAT and the total in the
 * invoice's currency on the right; then how to pay (terms, due date, bank account). The block
 * stays together: it moves to a new page when it does not fit under the last line.
 */
export function drawInvoiceTotals(sheet: InvoiceSheet) {
  const { pen, invoice } = sheet;
  const breakdownRows = invoice.amountsAre === "none" ? 1 : invoice.taxByRate.length + 2;
  const totalsRows = invoice.amountsAre === "none" ? 2 : 3;
  const paymentLines = paymentBlock(sheet);
  const paymentHeight =
    paymentLines.length === 0 ? 0 : 34 + Math.max(...paymentLines.map((c) => c.lines.length)) * LINE;
  const height = 16 + Math.max(breakdownRows * (LINE + 4) + 12, totalsRows * (LINE + 6) + 14) + paymentHeight;
  sheet.ensureRoom(Math.min(height, PAGE.bottom - PAGE.top - 40));
  const top = sheet.y + 14;

  const breakdownBottom = drawBreakdown(sheet, top);
  const totalsBottom = drawTotals(sheet, top);
  sheet.y = Math.max(breakdownBottom, totalsBottom);
  if (invoice.amountsAre === "inclusive") {
    pen.text(sheet.labels.amountsIncludeVat, PAGE.left, sheet.y + 6, { size: 8, color: COLOR.muted });
    sheet.y += 6 + LINE;
  }
  if (paymentLines.length === 0) return;

  sheet.y += 18;
  pen.rule(PAGE.left, PAGE.right, sheet.y);
  sheet.y += 10;
  const columnWidth = (PAGE.right - PAGE.left - 24) / paymentLines.length;
  let bottom = sheet.y;
  paymentLines.forEach((block, i) => {
    const x = PAGE.left + i * (columnWidth + 24);
    pen.text(block.label.toUpperCase(), x, sheet.y, LABEL);
    let y = sheet.y + 12;
    for (const text of block.lines) {
      for (const line of pen.wrap(text, columnWidth, { size: SIZE })) {
        pen.text(line, x, y, { size: SIZE });
        y += LINE;
      }
    }
    bottom = Math.max(bottom, y);
  });
  sheet.y = bottom;
}

function drawBreakdown(sheet: InvoiceSheet, top: number): number {
  const { pen, invoice, labels, locale } = sheet;
  if (invoice.amountsAre === "none") {
    pen.text(labels.noVat, PAGE.left, top, { size: 8.5, color: COLOR.muted });
    return top + LINE;
  }
  const right = PAGE.left + BREAKDOWN_WIDTH;
  const netRight = right - 80;
  pen.text(labels.vatBreakdown.toUpperCase(), PAGE.left, top, LABEL);
  pen.text(labels.net.toUpperCase(), netRight, top, { ...LABEL, align: "right" });
  pen.text(labels.vat.toUpperCase(), right, top, { ...LABEL, align: "right" });
  pen.rule(PAGE.left, right, top + 12);
  let y = top + 17;
  for (const row of invoice.taxByRate) {
    pen.text(`${formatQuantity(row.rate, locale)} %`, PAGE.left, y, { size: 8.5, color: COLOR.muted });
    pen.text(formatAmount(row.net, locale), netRight, y, { ...NUMBER, size: 8.5, align: "right" });
    pen.text(formatAmount(row.tax, locale), right, y, { ...NUMBER, size: 8.5, align: "right" });
    y += LINE + 2;
  }
  return y;
}

function drawTotals(sheet: InvoiceSheet, top: number): number {
  const { pen, invoice, labels, locale } = sheet;
  let y = top;
  const row = (label: string, value: string) => {
    pen.text(label, TOTALS_LEFT, y, { size: SIZE, color: COLOR.muted });
    pen.text(value, PAGE.right, y, { ...NUMBER, align: "right" });
    y += LINE + 5;
  };
  row(labels.subTotal, formatAmount(invoice.subTotal, locale));
  if (invoice.amountsAre !== "none") row(labels.totalVat, formatAmount(invoice.totalTax, locale));
  pen.rule(TOTALS_LEFT, PAGE.right, y - 1, COLOR.strongRule, 0.9);
  y += 6;
  const total: TextStyle = { font: "semiBold", size: 12, tabular: true };
  pen.text(labels.total, TOTALS_LEFT, y, { font: "semiBold", size: 12 });
  pen.text(formatMoney(invoice.total, invoice.currency, locale), PAGE.right, y, { ...total, align: "right" });
  return y + Pen.lineHeight(12);
}

/** The payment section's columns: terms and due date, bank account, what to quote. */
function paymentBlock(sheet: InvoiceSheet): Array<{ label: string; lines: string[] }> {
  const { invoice, labels, locale } = sheet;
  const blocks: Array<{ label: string; lines: string[] }> = [];
  if (invoice.kind === "invoice") {
    const terms = [
      ...(invoice.paymentTerms ? [invoice.paymentTerms] : []),
      `${labels.dueDate}: ${formatDate(invoice.dueDate, locale)}`,
    ];
    if (invoice.number) terms.push(labels.quoteNumber(invoice.number));
    blocks.push({ label: labels.paymentTerms, lines: terms });
  } else if (invoice.creditedInvoiceNumber) {
    blocks.push({
      label: labels.creditNote,
      lines: [labels.creditNoteExplains(invoice.creditedInvoiceNumber)],
    });
  }
  if (invoice.seller.bankAccount) {
    blocks.push({ label: labels.bankAccount, lines: [invoice.seller.bankAccount] });
  }
  return blocks;
}
