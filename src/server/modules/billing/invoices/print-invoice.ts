import { inArray } from "drizzle-orm";
import { dueDateFor } from "../../../../shared/calendar-dates.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { products } from "../../../db/schema/billing.js";
import type { ClientSnapshot, FirmSnapshot } from "../../../db/schema/invoices.js";
import { describePaymentTerms } from "../invoice-pdf/invoice-labels.js";
import type { PrintableInvoice } from "../invoice-pdf/printable-invoice.js";
import { renderInvoicePdf } from "../invoice-pdf/render-invoice-pdf.js";
import { loadBillingSettings } from "../settings/billing-settings-row.js";
import { findInvoiceRow, getInvoice } from "./get-invoice.js";
import { issueSnapshots } from "./issue-snapshots.js";

export interface InvoicePdf {
  pdf: Buffer;
  /** "INV-0042.pdf"; an invoice in progress: "invoice-draft-<date>.pdf". */
  filename: string;
}

/**
 * An invoice or credit note as its A4 PDF. An issued one prints the client and the firm as they
 * were when it was issued; one in progress prints them as they are now, marked as a draft.
 */
export async function printInvoice(scope: CompanyScope, id: string): Promise<InvoicePdf> {
  const row = await findInvoiceRow(scope, id);
  const invoice = await getInvoice(scope, id);
  const settings = await loadBillingSettings(scope);
  const live =
    row.clientSnapshot && row.firmSnapshot ? null : await issueSnapshots(scope, row.clientId, settings);
  const client = row.clientSnapshot ?? live!.client;
  const firm = row.firmSnapshot ?? live!.firm;
  const units = await productUnits(
    scope,
    invoice.lines.flatMap((line) => (line.productId ? [line.productId] : [])),
  );
  // The terms are not stored on the invoice: print today's only when they give its due date.
  const terms = { days: settings.paymentTermsDays, from: settings.paymentTermsFrom };
  const printable: PrintableInvoice = {
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
      unit: (line.productId && units.get(line.productId)) || null,
      unitPrice: line.unitPrice,
      discountRate: line.discountRate,
      vatRate: line.vatRate,
      lineAmount: line.lineAmount,
    })),
    subTotal: invoice.subTotal,
    totalTax: invoice.totalTax,
    total: invoice.total,
    taxByRate: invoice.taxByRate.map(({ rate, net, tax }) => ({ rate, net, tax })),
    seller: seller(firm),
    buyer: buyer(client),
    paymentTerms:
      invoice.kind === "invoice" && dueDateFor(invoice.date, terms) === invoice.dueDate
        ? describePaymentTerms(terms)
        : null,
  };
  const kind = invoice.kind === "credit_note" ? "credit-note" : "invoice";
  return {
    pdf: await renderInvoicePdf(printable),
    filename: `${invoice.number ? safeFileName(invoice.number) : `${kind}-draft-${invoice.date}`}.pdf`,
  };
}

async function productUnits(scope: CompanyScope, ids: string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await scope.db
    .select({ id: products.id, unit: products.unit })
    .from(products)
    .where(scope.where(products, inArray(products.id, [...new Set(ids)])));
  return new Map(rows.map((row) => [row.id, row.unit]));
}

function seller(firm: FirmSnapshot): PrintableInvoice["seller"] {
  return {
    name: firm.legalName,
    registryCode: firm.registryCode,
    vatNumber: firm.vatNumber,
    addressLines: (firm.address ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ""),
    email: firm.email,
    phone: firm.phone,
    bankAccount: firm.bankAccount,
  };
}

function buyer(client: ClientSnapshot): PrintableInvoice["buyer"] {
  return {
    name: client.name,
    registryCode: client.registryCode,
    vatNumber: client.vatNumber,
    addressLines: client.address,
    email: client.email,
    phone: null,
  };
}

/** A number as a plain ASCII file name, for every browser's save dialog ("ARVE/7" → "ARVE-7"). */
function safeFileName(number: string): string {
  return number.replace(/[^A-Za-z0-9._-]+/g, "-");
}
