import type { LineAmountType } from "./invoice-totals.js";

/**
 * How the sandbox keeps an organisation's books. Field names are Xero's; money is integer
 * cents, quantities/unit amounts/tax rates are integers at 4 decimals, dates are epoch ms.
 * The wire shape is produced by each resource's `to…Wire` function.
 */

export interface AddressRecord {
  AddressType: "POBOX" | "STREET";
  AddressLine1?: string;
  AddressLine2?: string;
  AddressLine3?: string;
  AddressLine4?: string;
  City?: string;
  Region?: string;
  PostalCode?: string;
  Country?: string;
  AttentionTo?: string;
}

export interface PhoneRecord {
  PhoneType: "DEFAULT" | "DDI" | "MOBILE" | "FAX";
  PhoneNumber?: string;
  PhoneAreaCode?: string;
  PhoneCountryCode?: string;
}

export interface ContactPersonRecord {
  FirstName?: string;
  LastName?: string;
  EmailAddress?: string;
  IncludeInEmails: boolean;
}

export type ContactStatus = "ACTIVE" | "ARCHIVED" | "GDPRREQUEST";

export interface ContactRecord {
  ContactID: string;
  ContactNumber?: string;
  AccountNumber?: string;
  ContactStatus: ContactStatus;
  Name: string;
  FirstName?: string;
  LastName?: string;
  EmailAddress?: string;
  CompanyNumber?: string;
  TaxNumber?: string;
  BankAccountDetails?: string;
  Website?: string;
  DefaultCurrency?: string;
  AccountsReceivableTaxType?: string;
  AccountsPayableTaxType?: string;
  Addresses: AddressRecord[];
  Phones: PhoneRecord[];
  ContactPersons: ContactPersonRecord[];
  IsSupplier: boolean;
  IsCustomer: boolean;
  UpdatedDateUTC: number;
}

export interface LineItemRecord {
  LineItemID: string;
  Description?: string;
  /** dp 4 */
  Quantity: number;
  /** dp 4 */
  UnitAmount: number;
  ItemCode?: string;
  AccountCode?: string;
  AccountID?: string;
  TaxType: string;
  /** cents */
  TaxAmount: number;
  /** cents */
  LineAmount: number;
  /** percent, dp 2 */
  DiscountRate?: number;
  /** cents */
  DiscountAmount?: number;
}

export type InvoiceType = "ACCREC" | "ACCPAY";
export type InvoiceStatus = "DRAFT" | "SUBMITTED" | "AUTHORISED" | "PAID" | "VOIDED" | "DELETED";

export interface InvoiceRecord {
  InvoiceID: string;
  Type: InvoiceType;
  ContactID: string;
  InvoiceNumber: string;
  Reference?: string;
  Date: number;
  DueDate?: number;
  Status: InvoiceStatus;
  LineAmountTypes: LineAmountType;
  CurrencyCode: string;
  CurrencyRate: number;
  LineItems: LineItemRecord[];
  SubTotal: number;
  TotalTax: number;
  Total: number;
  TotalDiscount: number;
  AmountPaid: number;
  AmountCredited: number;
  FullyPaidOnDate?: number;
  PaymentIDs: string[];
  SentToContact: boolean;
  ExpectedPaymentDate?: number;
  BrandingThemeID?: string;
  Url?: string;
  UpdatedDateUTC: number;
  /** The app that created it, for `createdByMyApp`. */
  createdByClientId?: string;
}

export type PaymentStatus = "AUTHORISED" | "DELETED";

export interface PaymentRecord {
  PaymentID: string;
  InvoiceID: string;
  AccountID: string;
  Date: number;
  /** cents */
  Amount: number;
  Reference?: string;
  IsReconciled: boolean;
  Status: PaymentStatus;
  PaymentType: "ACCRECPAYMENT" | "ACCPAYPAYMENT";
  UpdatedDateUTC: number;
}

export interface CreditNoteRecord {
  CreditNoteID: string;
  CreditNoteNumber: string;
  Type: "ACCRECCREDIT" | "ACCPAYCREDIT";
  ContactID: string;
  Date: number;
  Status: InvoiceStatus;
  LineAmountTypes: LineAmountType;
  LineItems: LineItemRecord[];
  SubTotal: number;
  TotalTax: number;
  Total: number;
  RemainingCredit: number;
  CurrencyCode: string;
  Reference?: string;
  FullyPaidOnDate?: number;
  UpdatedDateUTC: number;
}

export interface BankTransactionRecord {
  BankTransactionID: string;
  Type: "RECEIVE" | "SPEND";
  ContactID: string;
  BankAccountID: string;
  LineItems: LineItemRecord[];
  IsReconciled: boolean;
  Date: number;
  Reference?: string;
  CurrencyCode: string;
  Status: "AUTHORISED" | "DELETED" | "VOIDED";
  LineAmountTypes: LineAmountType;
  SubTotal: number;
  TotalTax: number;
  Total: number;
  UpdatedDateUTC: number;
}

export interface ItemDetailsRecord {
  /** dp 4 */
  UnitPrice?: number;
  AccountCode?: string;
  TaxType?: string;
}

export interface ItemRecord {
  ItemID: string;
  Code: string;
  Name: string;
  Description?: string;
  PurchaseDescription?: string;
  IsSold: boolean;
  IsPurchased: boolean;
  SalesDetails?: ItemDetailsRecord;
  PurchaseDetails?: ItemDetailsRecord;
  UpdatedDateUTC: number;
}

export type AccountType =
  | "BANK"
  | "CURRENT"
  | "CURRLIAB"
  | "DEPRECIATN"
  | "DIRECTCOSTS"
  | "EQUITY"
  | "EXPENSE"
  | "FIXED"
  | "INVENTORY"
  | "LIABILITY"
  | "NONCURRENT"
  | "OTHERINCOME"
  | "OVERHEADS"
  | "PREPAYMENT"
  | "REVENUE"
  | "SALES"
  | "TERMLIAB";

export interface AccountRecord {
  AccountID: string;
  Code: string;
  Name: string;
  Type: AccountType;
  Status: "ACTIVE" | "ARCHIVED";
  Description?: string;
  TaxType: string;
  EnablePaymentsToAccount: boolean;
  ShowInExpenseClaims: boolean;
  BankAccountNumber?: string;
  BankAccountType?: "BANK" | "CREDITCARD" | "PAYPAL";
  CurrencyCode?: string;
  SystemAccount?: string;
  ReportingCode?: string;
  ReportingCodeName?: string;
  UpdatedDateUTC: number;
}

export interface TaxComponentRecord {
  Name: string;
  /** percent, dp 4 */
  Rate: number;
  IsCompound: boolean;
  IsNonRecoverable: boolean;
}

export interface TaxRateRecord {
  Name: string;
  TaxType: string;
  Status: "ACTIVE" | "DELETED" | "ARCHIVED";
  ReportTaxType: string;
  CanApplyToAssets: boolean;
  CanApplyToEquity: boolean;
  CanApplyToExpenses: boolean;
  CanApplyToLiabilities: boolean;
  CanApplyToRevenue: boolean;
  /** percent, dp 4 */
  DisplayTaxRate: number;
  /** percent, dp 4 */
  EffectiveRate: number;
  TaxComponents: TaxComponentRecord[];
}

export interface CurrencyRecord {
  Code: string;
  Description: string;
}

export interface PaymentTermsRecord {
  Bills: {
    Day: number;
    Type: "DAYSAFTERBILLDATE" | "DAYSAFTERBILLMONTH" | "OFCURRENTMONTH" | "OFFOLLOWINGMONTH";
  };
  Sales: {
    Day: number;
    Type: "DAYSAFTERBILLDATE" | "DAYSAFTERBILLMONTH" | "OFCURRENTMONTH" | "OFFOLLOWINGMONTH";
  };
}

export interface OrganisationRecord {
  OrganisationID: string;
  Name: string;
  LegalName: string;
  ShortCode: string;
  APIKey: string;
  BaseCurrency: string;
  CountryCode: string;
  Version: "UK" | "GLOBAL" | "AU" | "NZ" | "US";
  OrganisationType: "ACCOUNTING_PRACTICE" | "COMPANY" | "SOLE_TRADER" | "PARTNERSHIP";
  Timezone: string;
  FinancialYearEndDay: number;
  FinancialYearEndMonth: number;
  SalesTaxBasis: "ACCRUALS" | "CASH" | "FLATRATECASH";
  SalesTaxPeriod: "QUARTERLY1" | "QUARTERLY2" | "QUARTERLY3" | "MONTHLY";
  TaxNumber: string;
  RegistrationNumber: string;
  LineOfBusiness: string;
  CreatedDateUTC: number;
  Class: "STANDARD" | "PREMIUM" | "STARTER";
  Edition: "BUSINESS" | "PARTNER";
  PaymentTerms: PaymentTermsRecord;
  Address: AddressRecord;
  Phone: PhoneRecord;
  Website: string;
}

/** One organisation (a Xero tenant) and everything in its books. */
export interface Books {
  organisation: OrganisationRecord;
  tenantType: "ORGANISATION" | "PRACTICE";
  contacts: Map<string, ContactRecord>;
  /** lower-cased Name → ContactID; names are unique per organisation */
  contactIdByName: Map<string, string>;
  invoices: Map<string, InvoiceRecord>;
  /** lower-cased ACCREC InvoiceNumber → InvoiceID; unique per organisation */
  salesInvoiceNumbers: Map<string, string>;
  nextInvoiceNumber: number;
  payments: Map<string, PaymentRecord>;
  creditNotes: Map<string, CreditNoteRecord>;
  bankTransactions: Map<string, BankTransactionRecord>;
  items: Map<string, ItemRecord>;
  accounts: Map<string, AccountRecord>;
  taxRates: Map<string, TaxRateRecord>;
  currencies: CurrencyRecord[];
}

export function emptyBooks(organisation: OrganisationRecord, tenantType: Books["tenantType"]): Books {
  return {
    organisation,
    tenantType,
    contacts: new Map(),
    contactIdByName: new Map(),
    invoices: new Map(),
    salesInvoiceNumbers: new Map(),
    nextInvoiceNumber: 1,
    payments: new Map(),
    creditNotes: new Map(),
    bankTransactions: new Map(),
    items: new Map(),
    accounts: new Map(),
    taxRates: new Map(),
    currencies: [],
  };
}

export function accountClass(type: AccountType): "ASSET" | "EQUITY" | "EXPENSE" | "LIABILITY" | "REVENUE" {
  switch (type) {
    case "BANK":
    case "CURRENT":
    case "FIXED":
    case "INVENTORY":
    case "NONCURRENT":
    case "PREPAYMENT":
      return "ASSET";
    case "CURRLIAB":
    case "LIABILITY":
    case "TERMLIAB":
      return "LIABILITY";
    case "EQUITY":
      return "EQUITY";
    case "DEPRECIATN":
    case "DIRECTCOSTS":
    case "EXPENSE":
    case "OVERHEADS":
      return "EXPENSE";
    case "OTHERINCOME":
    case "REVENUE":
    case "SALES":
      return "REVENUE";
  }
}

export function findAccountByCode(books: Books, code: string): AccountRecord | undefined {
  const wanted = code.trim().toLowerCase();
  for (const account of books.accounts.values()) {
    if (account.Code.toLowerCase() === wanted) return account;
  }
  return undefined;
}

export function findItemByCode(books: Books, code: string): ItemRecord | undefined {
  const wanted = code.trim().toLowerCase();
  for (const item of books.items.values()) {
    if (item.Code.toLowerCase() === wanted) return item;
  }
  return undefined;
}

export function amountDue(invoice: InvoiceRecord): number {
  return invoice.Total - invoice.AmountPaid - invoice.AmountCredited;
}
