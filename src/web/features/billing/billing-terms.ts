/**
 * Billing's words, as the product pages use them, each explained once where it appears: under the
 * Billing page's tabs, and in the Xero dialog's tooltips.
 */
export const BILLING_TERMS = {
  classificators:
    "Billing's reference lists, imported from Xero: VAT rates, resource codes, products and currencies.",
  vatRates: "Xero's tax rates that can be used on sales: what an invoice line is taxed at.",
  resourceCodes: "Xero revenue accounts an invoice line is booked to.",
  products:
    "What you invoice, each with its product code, unit, unit price, resource code and VAT rate: added here, or imported from Xero's products and services.",
  currencies: "The currencies your Xero organisation invoices in.",
} as const;

export type BillingTerm = keyof typeof BILLING_TERMS;
