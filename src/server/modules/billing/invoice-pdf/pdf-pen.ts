import { INVOICE_FONT_NAMES, type InvoiceFont } from "./invoice-fonts.js";

/** A4 in points, and the invoice's page frame. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  left: 48,
  right: 595.28 - 48,
  top: 44,
  /** The footer's rule; content stops `CONTENT_GAP` above it. */
  footer: 841.89 - 46,
  bottom: 841.89 - 46 - 14,
} as const;

export const COLOR = {
  ink: "#1d2433",
  muted: "#5b6475",
  rule: "#dde1e7",
  strongRule: "#1d2433",
  headerFill: "#f1f3f6",
  draft: "#b42318",
} as const;

export interface TextStyle {
  font?: InvoiceFont;
  size?: number;
  color?: string;
  /** Tabular figures: every digit as wide as the next, so amount columns line up. */
  tabular?: boolean;
  /** Extra points between letters (for small capitals-style labels). */
  spacing?: number;
}

/** Only for numbers: pdfkit caches the layout of words drawn without features, not with. */
const TABULAR: PDFKit.Mixins.OpenTypeFeatures[] = ["tnum"];

/**
 * Draws on a pdfkit document at exact positions. The document's own flowing text would add pages
 * on its own; here nothing is drawn with pdfkit's line breaking, so the invoice's layout decides
 * every page break, wraps descriptions itself and right-aligns numbers by their measured width.
 */
export class Pen {
  private font: InvoiceFont | undefined;
  private size: number | undefined;

  constructor(readonly doc: PDFKit.PDFDocument) {}

  /** Draws `text` on one line with its top at `y`; `align: "right"` ends it at `x`. */
  text(text: string, x: number, y: number, style: TextStyle & { align?: "left" | "right" | "center" } = {}) {
    if (text === "") return;
    this.use(style);
    this.doc.fillColor(style.color ?? COLOR.ink);
    const width = style.align && style.align !== "left" ? this.width(text, style) : 0;
    const left = style.align === "right" ? x - width : style.align === "center" ? x - width / 2 : x;
    this.doc.text(text, left, y, {
      lineBreak: false,
      features: style.tabular ? TABULAR : undefined,
      characterSpacing: style.spacing ?? 0,
    });
  }

  width(text: string, style: TextStyle = {}): number {
    this.use(style);
    return this.doc.widthOfString(text, {
      features: style.tabular ? TABULAR : undefined,
      characterSpacing: style.spacing ?? 0,
    });
  }

  /**
   * `text` broken into lines no wider than `width`: at its own line breaks, between words, and
   * inside a word only when the word alone is too wide (an IBAN, a URL).
   */
  wrap(text: string, width: number, style: TextStyle = {}): string[] {
    const lines: string[] = [];
    // Words are measured one by one (the line's width is their sum), not the line as it grows.
    const space = this.width(" ", style);
    for (const paragraph of text.replace(/\t/g, " ").split(/\r?\n/)) {
      let line = "";
      let lineWidth = 0;
      for (const word of paragraph.split(/ +/)) {
        if (word === "") continue;
        const wordWidth = this.width(word, style);
        if (line !== "" && lineWidth + space + wordWidth <= width) {
          line = `${line} ${word}`;
          lineWidth += space + wordWidth;
          continue;
        }
        if (line !== "") lines.push(line);
        line = word;
        lineWidth = wordWidth;
        while (lineWidth > width && line.length > 1) {
          const fits = this.fittingPrefix(line, width, style);
          lines.push(line.slice(0, fits));
          line = line.slice(fits);
          lineWidth = this.width(line, style);
        }
      }
      lines.push(line);
    }
    while (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
    return lines;
  }

  /** A horizontal line. */
  rule(x1: number, x2: number, y: number, color: string = COLOR.rule, thickness = 0.6) {
    this.doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(thickness).strokeColor(color).stroke().restore();
  }

  fill(x: number, y: number, width: number, height: number, color: string) {
    this.doc.save().rect(x, y, width, height).fillColor(color).fill().restore();
  }

  /** The height of one line of text at `size` points, as this invoice spaces its lines. */
  static lineHeight(size: number): number {
    return Math.round(size * 1.32 * 100) / 100;
  }

  /** Selects the style's font and size (colour is drawing state: `text` sets it each time). */
  private use(style: TextStyle) {
    const font = style.font ?? "regular";
    const size = style.size ?? 9;
    if (font !== this.font) this.doc.font(INVOICE_FONT_NAMES[font]);
    if (size !== this.size) this.doc.fontSize(size);
    this.font = font;
    this.size = size;
  }

  /** How many leading characters of `word` fit in `width` (at least one). */
  private fittingPrefix(word: string, width: number, style: TextStyle): number {
    let low = 1;
    let high = word.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (this.width(word.slice(0, mid), style) <= width) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/** A label as the invoice prints its small headings: "BILL TO". */
export const LABEL: TextStyle = { font: "semiBold", size: 7, color: COLOR.muted, spacing: 0.5 };
