import { dueDateFor, todayIn } from "../../../../shared/calendar-dates.js";
import { Decimal, decimalProblem } from "../../../../shared/money/decimal.js";
import {
  type AmountsAre,
  computeInvoiceTotals,
  InvoiceTotalsError,
} from "../../../../shared/money/invoice-totals.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { currencies, products, resourceCodes, vatRates } from "../../../db/schema/billing.js";
import { clients } from "../../../db/schema/clients.js";
import type { invoiceLines, invoices } from "../../../db/schema/invoices.js";
import { AppError } from "../../../lib/errors.js";
import { getCompanyRow } from "../../companies/get-company.js";
import { loadCompanyRows, referenceNotFound } from "../company-rows.js";
import { loadBillingSettings } from "../settings/billing-settings-row.js";

/**
 * A line as a caller gives it. With a product, an absent description, unit price, VAT rate or
 * resource code is the product's (description: its description, else its name). An absent VAT
 * rate without a product's is Billing settings' default; `null` is no VAT rate (0 %).
 */
export interface InvoiceLineDraft {
  productId?: string | null;
  description?: string;
  /** 0 or more, up to 4 decimals (a negative quantity is a credit note's). */
  quantity: string;
  unitPrice?: string;
  discountRate?: string | null;
  vatRateId?: string | null;
  resourceCodeId?: string | null;
  /** Automated billing: the contract line and period (YYYY-MM) the line bills. */
  contractLineId?: string | null;
  period?: string | null;
}

/**
 * An invoice as a caller gives it. Absent: date = today in the company's time zone; due date
 * from the payment terms; currency = the client's, else the base currency; amounts as Billing
 * settings say.
 */
export interface InvoiceDraft {
  clientId: string;
  date?: string;
  dueDate?: string;
  currency?: string;
  reference?: string | null;
  amountsAre?: AmountsAre;
  lines: InvoiceLineDraft[];
  /** The billing run (automated billing) making it. */
  billingRunId?: string | null;
}

export type InvoiceValues = Omit<typeof invoices.$inferInsert, "companyId">;
export type LineValues = Omit<typeof invoiceLines.$inferInsert, "companyId" | "invoiceId">;
export interface PreparedInvoice {
  invoice: InvoiceValues;
  lines: LineValues[];
}

export interface PrepareOptions {
  userId: string | null;
  now: Date;
  /** Field names in errors: "" for one invoice ("lines.0.quantity"), "invoices.3." for many. */
  fieldPrefix?: (index: number) => string;
}

const NEGATIVE_QUANTITY = "A quantity on an invoice is 0 or more; correct with a credit note.";

const invalid = (field: string, message: string) =>
  new AppError("validation_failed", message, [{ field, message }]);

/**
 * Checks drafts against the company's data (every id must be the company's: 404 otherwise),
 * fills the defaults, and prices every line the way Xero will (computeInvoiceTotals). All
 * lookups are one query per table, however many drafts. Throws before anything is written.
 */
export async function prepareInvoices(
  scope: CompanyScope,
  drafts: readonly InvoiceDraft[],
  { userId, now, fieldPrefix = () => "" }: PrepareOptions,
): Promise<PreparedInvoice[]> {
  const allLines = drafts.flatMap((d) => d.lines);
  // One after the other: inside a transaction they share one connection.
  const settings = await loadBillingSettings(scope);
  const company = await getCompanyRow(scope);
  const clientRows = await loadCompanyRows(
    scope,
    clients,
    drafts.map((d) => d.clientId),
  );
  const productRows = await loadCompanyRows(
    scope,
    products,
    allLines.map((l) => l.productId),
  );
  const vatRows = await loadCompanyRows(
    scope,
    vatRates,
    allLines.map((l) => l.vatRateId),
  );
  const codeRows = await loadCompanyRows(
    scope,
    resourceCodes,
    allLines.map((l) => l.resourceCodeId),
  );
  const currencyRows = await scope.select(currencies);
  // Products' own VAT rates, and the default one, are read in a second query only when used.
  const implicitVat = allLines
    .filter((l) => l.vatRateId === undefined)
    .map((l) => (l.productId ? productRows.get(l.productId)?.vatRateId : null) ?? settings.defaultVatRateId);
  const moreVat = await loadCompanyRows(
    scope,
    vatRates,
    implicitVat.filter((id) => id && !vatRows.has(id)),
  );
  for (const [id, row] of moreVat) vatRows.set(id, row);
  const knownCurrencies = new Set([...currencyRows.map((c) => c.code), settings.baseCurrency]);
  const today = todayIn(company.timeZone, now);
  const terms = { days: settings.paymentTermsDays, from: settings.paymentTermsFrom };

  return drafts.map((draft, index) => {
    const at = fieldPrefix(index);
    const client = clientRows.get(draft.clientId);
    if (!client) throw referenceNotFound("The client", `${at}clientId`);
    const date = draft.date ?? today;
    const dueDate = draft.dueDate ?? dueDateFor(date, terms);
    if (dueDate < date) throw invalid(`${at}dueDate`, "The due date is before the invoice date.");
    const currency = draft.currency ?? client.currency ?? settings.baseCurrency;
    if (currencyRows.length > 0 && !knownCurrencies.has(currency)) {
      throw invalid(
        `${at}currency`,
        `${currency} is not one of your currencies. Choose one imported from the accounting system, or ${settings.baseCurrency}.`,
      );
    }
    const amountsAre = draft.amountsAre ?? settings.amountsAre;

    const lines = draft.lines.map((line, i) => {
      const field = (name: string) => `${at}lines.${i}.${name}`;
      const product = line.productId ? productRows.get(line.productId) : undefined;
      if (line.productId && !product) throw referenceNotFound("The product", field("productId"));
      const quantityProblem = decimalProblem(line.quantity, { maxDecimals: 4 });
      if (quantityProblem) throw invalid(field("quantity"), quantityProblem);
      if (Decimal.parse(line.quantity).isNegative()) throw invalid(field("quantity"), NEGATIVE_QUANTITY);
      const description = line.description ?? product?.description ?? product?.name;
      if (!description) throw invalid(field("description"), "Describe the line.");
      const unitPrice = line.unitPrice ?? product?.unitPrice;
      if (unitPrice === undefined || unitPrice === null) {
        throw invalid(
          field("unitPrice"),
          product ? `The product ${product.code} has no price: enter a unit price.` : "Enter a unit price.",
        );
      }
      const vatRateId =
        line.vatRateId !== undefined ? line.vatRateId : (product?.vatRateId ?? settings.defaultVatRateId);
      const vat = vatRateId ? vatRows.get(vatRateId) : undefined;
      if (vatRateId && !vat) throw referenceNotFound("The VAT rate", field("vatRateId"));
      const resourceCodeId =
        line.resourceCodeId !== undefined ? line.resourceCodeId : (product?.resourceCodeId ?? null);
      if (line.resourceCodeId && !codeRows.has(line.resourceCodeId))
        throw referenceNotFound("The resource code", field("resourceCodeId"));
      return {
        productId: product?.id ?? null,
        description,
        quantity: line.quantity,
        unitPrice,
        discountRate: line.discountRate ?? null,
        vatRateId: vat?.id ?? null,
        taxRate: vat?.rate ?? "0",
        resourceCodeId,
        contractLineId: line.contractLineId ?? null,
        period: line.period ?? null,
      };
    });

    const totals = priceLines(lines, amountsAre, settings.unitPriceDp === 4 ? 4 : 2, at);
    return {
      invoice: {
        kind: "invoice",
        status: "in_progress",
        clientId: client.id,
        date,
        dueDate,
        currency,
        reference: draft.reference ?? null,
        amountsAre,
        subTotal: totals.subTotal,
        totalTax: totals.totalTax,
        total: totals.total,
        billingRunId: draft.billingRunId ?? null,
        createdBy: userId,
        createdAt: now,
        updatedAt: now,
      },
      lines: lines.map((line, position) => ({
        ...line,
        position,
        unitPrice: totals.lines[position]!.unitPrice,
        lineAmount: totals.lines[position]!.lineAmount,
        taxAmount: totals.lines[position]!.taxAmount,
      })),
    };
  });
}

interface PricedLineInput {
  quantity: string;
  unitPrice: string;
  discountRate: string | null;
  taxRate: string;
  vatRateId: string | null;
}

/** Xero's arithmetic on the lines; a bad number (a product's stored price) is a field error. */
export function priceLines(lines: PricedLineInput[], amountsAre: AmountsAre, unitDp: 2 | 4, at = "") {
  try {
    return computeInvoiceTotals({
      lines: lines.map((l) => ({
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        discountRate: l.discountRate,
        taxRate: l.taxRate,
        taxRateId: l.vatRateId,
      })),
      amountsAre,
      unitDp,
    });
  } catch (error) {
    if (!(error instanceof InvoiceTotalsError)) throw error;
    const details = error.problems.map((p) => ({
      field: `${at}lines.${p.line}.${p.field === "taxRate" ? "vatRateId" : p.field}`,
      message: p.message,
    }));
    throw new AppError("validation_failed", "Some fields need attention.", details);
  }
}
