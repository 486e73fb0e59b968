import type { PaymentTerms } from "../../../../shared/api/billing-settings.js";

/** The languages an invoice can be printed in. */
export type InvoiceLocale = "en" | "et";
export const INVOICE_LOCALES: readonly InvoiceLocale[] = ["en", "et"];

export interface InvoiceLabels {
  invoice: string;
  creditNote: string;
  number: string;
  draft: string;
  billTo: string;
  invoiceDate: string;
  creditNoteDate: string;
  dueDate: string;
  reference: string;
  credits: string;
  registryCode: string;
  vatNumber: string;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discount: string;
  vatRate: string;
  amount: string;
  amountsIncludeVat: string;
  noVat: string;
  vatBreakdown: string;
  net: string;
  vat: string;
  subTotal: string;
  totalVat: string;
  total: string;
  paymentTerms: string;
  bankAccount: string;
  quoteNumber: (number: string) => string;
  creditNoteExplains: (invoiceNumber: string) => string;
  continued: string;
  page: (page: number, pages: number) => string;
  termsFromInvoiceDate: (days: number) => string;
  termsFromEndOfMonth: (days: number) => string;
  dueOnReceipt: string;
}

const en: InvoiceLabels = {
  invoice: "Invoice",
  creditNote: "Credit note",
  number: "No.",
  draft: "Draft \u2014 not issued",
  billTo: "Bill to",
  invoiceDate: "Invoice date",
  creditNoteDate: "Date",
  dueDate: "Due date",
  reference: "Reference",
  credits: "Credits invoice",
  registryCode: "Registry code",
  vatNumber: "VAT no.",
  description: "Description",
  quantity: "Qty",
  unit: "Unit",
  unitPrice: "Unit price",
  discount: "Disc. %",
  vatRate: "VAT %",
  amount: "Amount",
  amountsIncludeVat: "Unit prices and amounts include VAT.",
  noVat: "No VAT charged.",
  vatBreakdown: "VAT rate",
  net: "Net",
  vat: "VAT",
  subTotal: "Subtotal",
  totalVat: "VAT",
  total: "Total",
  paymentTerms: "Payment terms",
  bankAccount: "Bank account",
  quoteNumber: (number) => `Please quote ${number} with your payment.`,
  creditNoteExplains: (invoiceNumber) =>
    `This credit note reduces the amount due on invoice ${invoiceNumber}.`,
  continued: "continued",
  page: (page, pages) => `Page ${page} of ${pages}`,
  termsFromInvoiceDate: (days) => `${days} ${days === 1 ? "day" : "days"} from the invoice date`,
  termsFromEndOfMonth: (days) => `${days} ${days === 1 ? "day" : "days"} from the end of the invoice month`,
  dueOnReceipt: "Due on receipt",
};

const et: InvoiceLabels = {
  invoice: "Arve",
  creditNote: "Kreeditarve",
  number: "Nr",
  draft: "Mustand \u2014 väljastamata",
  billTo: "Maksja",
  invoiceDate: "Arve kuupäev",
  creditNoteDate: "Kuupäev",
  dueDate: "Maksetähtaeg",
  reference: "Viide",
  credits: "Krediteeritav arve",
  registryCode: "Registrikood",
  vatNumber: "KMKR nr",
  description: "Kirjeldus",
  quantity: "Kogus",
  unit: "Ühik",
  unitPrice: "Ühiku hind",
  discount: "Allah. %",
  vatRate: "KM %",
  amount: "Summa",
  amountsIncludeVat: "Hinnad ja summad sisaldavad käibemaksu.",
  noVat: "Käibemaksu ei lisandu.",
  vatBreakdown: "KM määr",
  net: "Maksustatav",
  vat: "Käibemaks",
  subTotal: "Summa km-ta",
  totalVat: "Käibemaks",
  total: "Kokku",
  paymentTerms: "Maksetingimused",
  bankAccount: "Pangakonto",
  quoteNumber: (number) => `Palume maksekorraldusele märkida ${number}.`,
  creditNoteExplains: (invoiceNumber) =>
    `Kreeditarve vähendab arve ${invoiceNumber} tasumisele kuuluvat summat.`,
  continued: "järg",
  page: (page, pages) => `Leht ${page} / ${pages}`,
  termsFromInvoiceDate: (days) => `${days} päeva arve kuupäevast`,
  termsFromEndOfMonth: (days) => `${days} päeva arve kuu lõpust`,
  dueOnReceipt: "Tasuda kohe",
};

export const INVOICE_LABELS: Record<InvoiceLocale, InvoiceLabels> = { en, et };

/** The billing settings' payment terms in words: "14 days from the invoice date". */
export function describePaymentTerms(terms: PaymentTerms, locale: InvoiceLocale = "en"): string {
  const labels = INVOICE_LABELS[locale];
  if (terms.from === "invoice_date") {
    return terms.days === 0 ? labels.dueOnReceipt : labels.termsFromInvoiceDate(terms.days);
  }
  return labels.termsFromEndOfMonth(terms.days);
}
