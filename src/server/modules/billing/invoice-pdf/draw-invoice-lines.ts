import { Decimal } from "../../../../shared/money/decimal.js";
import { formatAmount, formatQuantity, formatUnitPrice } from "./invoice-numbers.js";
import type { InvoiceSheet } from "./invoice-sheet.js";
import { COLOR, PAGE, Pen, type TextStyle } from "./pdf-pen.js";

const SIZE = 8.75;
const LINE = Pen.lineHeight(SIZE);
const PAD = 5.5;
const HEADER_HEIGHT = 20;
const GAP = 12;
const MIN_DESCRIPTION = 150;
const CELL: TextStyle = { size: SIZE };
const NUMBER: TextStyle = { size: SIZE, tabular: true };
const HEAD: TextStyle = { font: "semiBold", size: 7.5, color: COLOR.muted };

interface Column {
  header: string;
  align: "left" | "right";
  /** Its text for each line. */
  cells: string[];
  width: number;
  /** Left edge, or right edge for right-aligned columns. */
  x: number;
}

/**
 * The lines table: description (wrapped), quantity, unit, unit price, discount %, VAT % and
 * amount. Number columns are as wide as their widest value, so the description gets the rest.
 * A line that does not fit moves to the next page, under a repeated table header; a description
 * longer than a whole page is split between pages.
 */
export function drawInvoiceLines(sheet: InvoiceSheet) {
  const { pen, invoice, labels, locale } = sheet;
  const lines = invoice.lines;
  const hasDiscount = lines.some((l) => l.discountRate !== null && !Decimal.parse(l.discountRate).isZero());
  const hasUnit = lines.some((l) => l.unit);

  const columns: Column[] = [
    column(
      labels.quantity,
      "right",
      lines.map((l) => formatQuantity(l.quantity, locale)),
    ),
    ...(hasUnit
      ? [
          column(
            labels.unit,
            "left",
            lines.map((l) => l.unit ?? ""),
          ),
        ]
      : []),
    column(
      labels.unitPrice,
      "right",
      lines.map((l) => formatUnitPrice(l.unitPrice, locale)),
    ),
    ...(hasDiscount
      ? [
          column(
            labels.discount,
            "right",
            lines.map((l) =>
              l.discountRate && !Decimal.parse(l.discountRate).isZero()
                ? formatQuantity(l.discountRate, locale)
                : "",
            ),
          ),
        ]
      : []),
    ...(invoice.amountsAre === "none"
      ? []
      : [
          column(
            labels.vatRate,
            "right",
            lines.map((l) => formatQuantity(l.vatRate, locale)),
          ),
        ]),
    column(
      labels.amount,
      "right",
      lines.map((l) => formatAmount(l.lineAmount, locale)),
    ),
  ];
  for (const c of columns) {
    const style = c.align === "right" ? NUMBER : CELL;
    c.width = Math.max(pen.width(c.header, HEAD), ...c.cells.map((text) => pen.width(text, style)));
  }
  const numbersWidth = columns.reduce((sum, c) => sum + c.width + GAP, 0);
  const descriptionWidth = Math.max(MIN_DESCRIPTION, PAGE.right - PAGE.left - 8 - numbersWidth);
  let x = PAGE.left + 4 + descriptionWidth;
  for (const c of columns) {
    x += GAP;
    c.x = c.align === "right" ? x + c.width : x;
    x += c.width;
  }

  const drawHeader = () => {
    pen.fill(PAGE.left, sheet.y, PAGE.right - PAGE.left, HEADER_HEIGHT, COLOR.headerFill);
    const y = sheet.y + (HEADER_HEIGHT - 9) / 2;
    pen.text(labels.description, PAGE.left + 4, y, HEAD);
    for (const c of columns) pen.text(c.header, c.x, y, { ...HEAD, align: c.align });
    sheet.y += HEADER_HEIGHT;
  };
  const newPage = () => {
    sheet.newPage();
    drawHeader();
  };

  // Leave room for the header and at least one line of the first row.
  sheet.ensureRoom(HEADER_HEIGHT + LINE + 2 * PAD);
  drawHeader();
  const fullPage = Math.floor((PAGE.bottom - (PAGE.top + 30) - HEADER_HEIGHT - 2 * PAD) / LINE);

  lines.forEach((line, index) => {
    let rest = pen.wrap(line.description, descriptionWidth, CELL);
    let first = true;
    while (rest.length > 0) {
      const fits = Math.floor((sheet.room - 2 * PAD) / LINE);
      // Move the whole line to the next page when it fits on one; split only what never would.
      if (fits < 1 || (first && rest.length > fits && rest.length <= fullPage)) {
        newPage();
        continue;
      }
      const part = rest.slice(0, fits);
      part.forEach((text, i) => {
        pen.text(text, PAGE.left + 4, sheet.y + PAD + i * LINE, CELL);
      });
      if (first) {
        for (const c of columns) {
          const text = c.cells[index]!;
          pen.text(text, c.x, sheet.y + PAD, { ...(c.align === "right" ? NUMBER : CELL), align: c.align });
        }
      }
      sheet.y += part.length * LINE + 2 * PAD;
      rest = rest.slice(fits);
      pen.rule(PAGE.left, PAGE.right, sheet.y, rest.length > 0 ? COLOR.headerFill : COLOR.rule);
      first = false;
    }
  });
}

function column(header: string, align: Column["align"], cells: string[]): Column {
  return { header, align, cells, width: 0, x: 0 };
}
