import type { InvoiceLabels, InvoiceLocale } from "./invoice-labels.js";
import { COLOR, LABEL, PAGE, Pen } from "./pdf-pen.js";
import type { PrintableInvoice } from "./printable-invoice.js";

/**
 * One invoice being laid out: the pen, the cursor (`y`, top down) and page breaks. A page after
 * the first starts with a line naming the invoice, so a loose page still says whose it is.
 */
export class InvoiceSheet {
  y: number = PAGE.top;
  readonly pen: Pen;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly invoice: PrintableInvoice,
    readonly labels: InvoiceLabels,
    readonly locale: InvoiceLocale,
  ) {
    this.pen = new Pen(doc);
  }

  /** "Invoice INV-0042", "Credit note CN-7", or "Invoice" for a draft. */
  get title(): string {
    const kind = this.invoice.kind === "credit_note" ? this.labels.creditNote : this.labels.invoice;
    return this.invoice.number ? `${kind} ${this.invoice.number}` : kind;
  }

  /** Room left on this page above the footer. */
  get room(): number {
    return PAGE.bottom - this.y;
  }

  /** Starts a new page when less than `height` is left on this one. */
  ensureRoom(height: number) {
    if (this.room < height) this.newPage();
  }

  newPage() {
    this.doc.addPage();
    const { pen, invoice, labels } = this;
    const y = PAGE.top;
    pen.text(`${this.title} \u2014 ${labels.continued}`, PAGE.left, y, { font: "semiBold", size: 9 });
    if (!invoice.number) {
      const x = PAGE.left + pen.width(`${this.title} \u2014 ${labels.continued}`, { font: "semiBold" }) + 12;
      pen.text(labels.draft.toUpperCase(), x, y + 1.5, { ...LABEL, color: COLOR.draft });
    }
    pen.text(invoice.buyer.name, PAGE.right, y, { size: 9, color: COLOR.muted, align: "right" });
    pen.rule(PAGE.left, PAGE.right, y + 18);
    this.y = y + 30;
  }
}
