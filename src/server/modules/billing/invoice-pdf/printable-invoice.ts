import type { FirmDetails, PaymentTerms } from "../../../../shared/api/billing-settings.js";
import type { Invoice, InvoiceLine } from "../../../../shared/api/invoices.js";
import { describePaymentTerms, type InvoiceLocale } from "./invoice-labels.js";

/**
 * Everything an invoice or credit note PDF prints, and nothing else: the renderer reads no
 * database and computes no amount. Amounts are the invoice's own decimal strings (as the API
 * gives them), printed exactly; dates are calendar dates (YYYY-MM-DD). Build it with
 * `printableInvoice()` from the API's Invoice and the firm and client snapshots, or by hand:
 *
 *   const printable = printableInvoice({ invoice, firm, companyName, client, paymentTerms, locale });
 *   const pdf = await renderInvoicePdf(printable, { locale });
 */
export interface PrintableInvoice {
  kind: "invoice" | "credit_note";
  /** null while the invoice is in progress: the PDF then says "Draft — not issued". */
  number: string | null;
  /** A credit note's invoice. */
  creditedInvoiceNumber: string | null;
  date: string;
  dueDate: string;
  /** ISO code printed after the totals: "EUR". */
  currency: string;
  reference: string | null;
  /** "inclusive" adds a note that prices include VAT; "none" prints no VAT column or breakdown. */
  amountsAre: "exclusive" | "inclusive" | "none";
  lines: PrintableLine[];
  /** Excluding VAT. */
  subTotal: string;
  totalTax: string;
  total: string;
  /** One row per VAT rate: the lines' net amounts and their VAT. */
  taxByRate: Array<{ rate: string; net: string; tax: string }>;
  /** The firm, in whose name the invoice is made. */
  seller: PrintableParty & { bankAccount: string | null };
  buyer: PrintableParty;
  /** In words, e.g. from `describePaymentTerms`; not printed on credit notes. */
  paymentTerms: string | null;
}

export interface PrintableLine {
  description: string;
  quantity: string;
  /** "h", "pc", "month"; null prints nothing. */
  unit: string | null;
  unitPrice: string;
  /** Percent; null or zero prints nothing. */
  discountRate: string | null;
  /** Percent: "22". */
  vatRate: string;
  /** Quantity × unit price less the discount (including VAT when amounts are inclusive). */
  lineAmount: string;
}

export interface PrintableParty {
  name: string;
  registryCode: string | null;
  vatNumber: string | null;
  /** As printed, one entry a line. */
  addressLines: string[];
  email: string | null;
  phone: string | null;
}

/** The client as snapshotted on the invoice (address as the client API's Address). */
export interface ClientSnapshot {
  name: string;
  registryCode?: string | null;
  vatNumber?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: {
    line1?: string | null;
    line2?: string | null;
    city?: string | null;
    region?: string | null;
    postalCode?: string | null;
    country?: string | null;
  } | null;
}

export interface PrintableInvoiceInput {
  /** The API's invoice; a line may carry its product's unit. */
  invoice: Omit<Invoice, "lines"> & { lines: Array<InvoiceLine & { unit?: string | null }> };
  /** The firm's details as snapshotted at issue (the billing settings' while in progress). */
  firm: FirmDetails;
  /** Printed when the firm has no legal name set: the company's name in Kontor. */
  companyName: string;
  client: ClientSnapshot;
  paymentTerms: PaymentTerms | null;
  locale?: InvoiceLocale;
}

export function printableInvoice(input: PrintableInvoiceInput): PrintableInvoice {
  const { invoice, firm, client } = input;
  return {
    kind: invoice.kind,
    number: invoice.number,
    creditedInvoiceNumber: invoice.creditedInvoiceNumber,
    date: invoice.date,
    dueDate: invoice.dueDate,
    currency: invoice.currency,
    reference: invoice.reference,
    amountsAre: invoice.amountsAre,
    lines: invoice.lines.map((line) => ({
      description: line.description,
      quantity: line.quantity,
      unit: line.unit ?? null,
      unitPrice: line.unitPrice,
      discountRate: line.discountRate,
      vatRate: line.vatRate,
      lineAmount: line.lineAmount,
    })),
    subTotal: invoice.subTotal,
    totalTax: invoice.totalTax,
    total: invoice.total,
    taxByRate: invoice.taxByRate.map(({ rate, net, tax }) => ({ rate, net, tax })),
    seller: {
      name: firm.legalName ?? input.companyName,
      registryCode: firm.registryCode,
      vatNumber: firm.vatNumber,
      addressLines: textLines(firm.address),
      email: firm.email,
      phone: firm.phone,
      bankAccount: firm.bankAccount,
    },
    buyer: {
      name: client.name,
      registryCode: client.registryCode ?? null,
      vatNumber: client.vatNumber ?? null,
      addressLines: addressLines(client.address),
      email: client.email ?? null,
      phone: client.phone ?? null,
    },
    paymentTerms: input.paymentTerms ? describePaymentTerms(input.paymentTerms, input.locale) : null,
  };
}

function textLines(text: string | null): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** Street lines, then "postcode city" as European addresses write it, region, country. */
function addressLines(address: ClientSnapshot["address"]): string[] {
  if (!address) return [];
  const cityLine = [address.postalCode, address.city].filter(Boolean).join(" ");
  return [address.line1, address.line2, cityLine, address.region, address.country]
    .map((line) => line?.trim() ?? "")
    .filter((line) => line !== "");
}
