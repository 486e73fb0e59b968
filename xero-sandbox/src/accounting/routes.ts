import { accountsRoute } from "./accounts.js";
import { bankTransactionsRoute } from "./bank-transactions.js";
import { contactsRoute } from "./contacts.js";
import { creditNotesRoute } from "./credit-notes.js";
import { currenciesRoute } from "./currencies.js";
import { invoicesRoute } from "./invoices.js";
import { itemsRoute } from "./items.js";
import { organisationRoute } from "./organisation.js";
import { paymentsRoute } from "./payments.js";
import type { ResourceRoute } from "./resource-route.js";
import { taxRatesRoute } from "./tax-rates.js";

/** The Accounting API collections the sandbox serves. */
export const ACCOUNTING_ROUTES: readonly ResourceRoute[] = [
  organisationRoute,
  contactsRoute,
  invoicesRoute,
  itemsRoute,
  taxRatesRoute,
  accountsRoute,
  currenciesRoute,
  paymentsRoute,
  bankTransactionsRoute,
  creditNotesRoute,
];

export const ACCOUNTING_PREFIX = "/api/api.xro/2.0";

/**
 * Collections Xero's Accounting API has (per its OpenAPI file) that the sandbox does not
 * serve: calls to them answer 501 NotImplemented, not 404, so a client never mistakes a gap
 * in the sandbox for something Xero lacks.
 */
export const UNSERVED_XERO_COLLECTIONS: ReadonlySet<string> = new Set(
  [
    "BankTransfers",
    "BatchPayments",
    "BrandingThemes",
    "Budgets",
    "ContactGroups",
    "ExpenseClaims",
    "InvoiceReminders",
    "Journals",
    "LinkedTransactions",
    "ManualJournals",
    "Overpayments",
    "PaymentServices",
    "Prepayments",
    "PurchaseOrders",
    "Quotes",
    "Receipts",
    "RepeatingInvoices",
    "Reports",
    "Setup",
    "TrackingCategories",
    "Users",
  ].map((name) => name.toLowerCase()),
);
