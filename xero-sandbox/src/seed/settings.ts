import type {
  AccountRecord,
  AccountType,
  Books,
  CurrencyRecord,
  ItemRecord,
  TaxRateRecord,
} from "../accounting/records.js";
import type { Prng } from "../prng.js";
import type { DemoOrganisation } from "./fixed-ids.js";

/**
 * A UK chart of accounts, UK VAT rates (some archived or deleted), GBP/EUR/USD and items,
 * the settings Kontor imports as resource codes, VAT rates, currencies and products.
 */

interface TaxRateSpec {
  name: string;
  type: string;
  rate: number;
  status?: TaxRateRecord["Status"];
  report: string;
  revenue: boolean;
  expenses: boolean;
}

const TAX_RATES: TaxRateSpec[] = [
  {
    name: "20% (VAT on Income)",
    type: "OUTPUT2",
    rate: 20,
    report: "OUTPUT",
    revenue: true,
    expenses: false,
  },
  { name: "5% (VAT on Income)", type: "RROUTPUT", rate: 5, report: "OUTPUT", revenue: true, expenses: false },
  {
    name: "Zero Rated Income",
    type: "ZERORATEDOUTPUT",
    rate: 0,
    report: "OUTPUT",
    revenue: true,
    expenses: false,
  },
  {
    name: "Exempt Income",
    type: "EXEMPTOUTPUT",
    rate: 0,
    report: "EXEMPTOUTPUT",
    revenue: true,
    expenses: false,
  },
  { name: "No VAT", type: "NONE", rate: 0, report: "NONE", revenue: true, expenses: true },
  {
    name: "20% (VAT on Expenses)",
    type: "INPUT2",
    rate: 20,
    report: "INPUT",
    revenue: false,
    expenses: true,
  },
  { name: "5% (VAT on Expenses)", type: "RRINPUT", rate: 5, report: "INPUT", revenue: false, expenses: true },
  {
    name: "Zero Rated Expenses",
    type: "ZERORATEDINPUT",
    rate: 0,
    report: "INPUT",
    revenue: false,
    expenses: true,
  },
  {
    name: "Exempt Expenses",
    type: "EXEMPTINPUT",
    rate: 0,
    report: "EXEMPTINPUT",
    revenue: false,
    expenses: true,
  },
  {
    name: "Zero Rated EC Services",
    type: "ECZROUTPUTSERVICES",
    rate: 0,
    report: "ECOUTPUTSERVICES",
    revenue: true,
    expenses: false,
  },
  {
    name: "Reverse Charge Expenses (20%)",
    type: "REVERSECHARGES",
    rate: 20,
    report: "REVERSECHARGES",
    revenue: false,
    expenses: true,
  },
  {
    name: "17.5% (VAT on Income)",
    type: "OUTPUT",
    rate: 17.5,
    status: "ARCHIVED",
    report: "OUTPUT",
    revenue: true,
    expenses: false,
  },
  {
    name: "15% (VAT on Income)",
    type: "SROUTPUT",
    rate: 15,
    status: "DELETED",
    report: "OUTPUT",
    revenue: true,
    expenses: false,
  },
  {
    name: "Tourism Levy 12.5%",
    type: "TAX001",
    rate: 12.5,
    status: "DELETED",
    report: "OUTPUT",
    revenue: true,
    expenses: false,
  },
];

interface AccountSpec {
  code: string;
  name: string;
  type: AccountType;
  tax: string;
  status?: AccountRecord["Status"];
  description?: string;
  system?: string;
  bank?: string;
  payments?: boolean;
}

const ACCOUNTS: AccountSpec[] = [
  { code: "090", name: "Business Bank Account", type: "BANK", tax: "NONE", bank: "20-00-00 43218765" },
  { code: "091", name: "Business Savings Account", type: "BANK", tax: "NONE", bank: "20-00-00 98765432" },
  {
    code: "200",
    name: "Sales",
    type: "REVENUE",
    tax: "OUTPUT2",
    description: "Income from any normal business activity",
  },
  {
    code: "210",
    name: "Accounting Services",
    type: "REVENUE",
    tax: "OUTPUT2",
    description: "Bookkeeping and annual accounts",
  },
  { code: "215", name: "Payroll Services", type: "SALES", tax: "OUTPUT2" },
  { code: "220", name: "Advisory Fees", type: "REVENUE", tax: "OUTPUT2" },
  { code: "230", name: "Old Bookkeeping Income", type: "REVENUE", tax: "OUTPUT2", status: "ARCHIVED" },
  { code: "260", name: "Other Revenue", type: "REVENUE", tax: "OUTPUT2" },
  { code: "270", name: "Interest Income", type: "OTHERINCOME", tax: "NONE" },
  { code: "275", name: "Rental Income", type: "OTHERINCOME", tax: "EXEMPTOUTPUT", status: "ARCHIVED" },
  { code: "310", name: "Cost of Goods Sold", type: "DIRECTCOSTS", tax: "INPUT2" },
  { code: "400", name: "Advertising", type: "OVERHEADS", tax: "INPUT2" },
  { code: "404", name: "Bank Fees", type: "OVERHEADS", tax: "NONE" },
  { code: "412", name: "Consulting", type: "EXPENSE", tax: "INPUT2" },
  { code: "429", name: "General Expenses", type: "EXPENSE", tax: "INPUT2" },
  { code: "445", name: "Light, Power, Heating", type: "EXPENSE", tax: "RRINPUT" },
  { code: "461", name: "Printing & Stationery", type: "EXPENSE", tax: "INPUT2", status: "ARCHIVED" },
  { code: "469", name: "Rent", type: "OVERHEADS", tax: "EXEMPTINPUT" },
  { code: "485", name: "Subscriptions", type: "EXPENSE", tax: "INPUT2" },
  { code: "610", name: "Accounts Receivable", type: "CURRENT", tax: "NONE", system: "DEBTORS" },
  { code: "800", name: "Accounts Payable", type: "CURRLIAB", tax: "NONE", system: "CREDITORS" },
  { code: "820", name: "VAT", type: "CURRLIAB", tax: "NONE", system: "GST" },
  { code: "960", name: "Retained Earnings", type: "EQUITY", tax: "NONE", system: "RETAINEDEARNINGS" },
  { code: "970", name: "Owner A Funds Introduced", type: "EQUITY", tax: "NONE" },
];

const CURRENCIES: CurrencyRecord[] = [
  { Code: "GBP", Description: "British Pound" },
  { Code: "EUR", Description: "Euro" },
  { Code: "USD", Description: "United States Dollar" },
];

interface ItemSpec {
  code: string;
  name: string;
  price?: number;
  account?: string;
  tax?: string;
  cost?: number;
  sold?: boolean;
}

const ITEMS: Record<DemoOrganisation["kind"], ItemSpec[]> = {
  firm: [
    { code: "BOOK-M", name: "Monthly bookkeeping", price: 250, account: "210", tax: "OUTPUT2" },
    { code: "PAYROLL", name: "Payroll run (per employee)", price: 15, account: "215", tax: "OUTPUT2" },
    { code: "YEAREND", name: "Year-end accounts", price: 1200, account: "210", tax: "OUTPUT2" },
    { code: "VATRET", name: "VAT return", price: 150, account: "210", tax: "OUTPUT2" },
    { code: "ADVISE-H", name: "Advisory (per hour)", price: 95.5, account: "220", tax: "OUTPUT2" },
    { code: "SATR", name: "Self-assessment tax return", price: 312.4999, account: "210", tax: "OUTPUT2" },
    {
      code: "XERO-SUB",
      name: "Xero subscription recharge",
      price: 42,
      account: "260",
      tax: "OUTPUT2",
      cost: 35,
    },
    {
      code: "EXPORT-EU",
      name: "Bookkeeping for EU clients",
      price: 300,
      account: "210",
      tax: "ECZROUTPUTSERVICES",
    },
    { code: "STATIONERY", name: "Office stationery", cost: 12.5, sold: false },
    { code: "TRAINING", name: "Staff CPD training", cost: 450, sold: false },
  ],
  bakery: [
    {
      code: "LOAF-W",
      name: "White loaf (wholesale)",
      price: 1.85,
      account: "200",
      tax: "ZERORATEDOUTPUT",
      cost: 0.62,
    },
    {
      code: "SOURDOUGH",
      name: "Sourdough (wholesale)",
      price: 3.2,
      account: "200",
      tax: "ZERORATEDOUTPUT",
      cost: 1.1,
    },
    {
      code: "CROISSANT",
      name: "Croissants (box of 12)",
      price: 14.4,
      account: "200",
      tax: "ZERORATEDOUTPUT",
    },
    { code: "CATERING", name: "Catering platter", price: 65, account: "200", tax: "OUTPUT2" },
    { code: "FLOUR", name: "Flour (25 kg sack)", cost: 18.75, sold: false },
  ],
  dental: [
    { code: "CHECKUP", name: "Dental check-up", price: 55, account: "200", tax: "EXEMPTOUTPUT" },
    { code: "HYGIENE", name: "Hygienist appointment", price: 70, account: "200", tax: "EXEMPTOUTPUT" },
    { code: "WHITEN", name: "Teeth whitening", price: 350, account: "200", tax: "OUTPUT2" },
    { code: "GLOVES", name: "Nitrile gloves (box)", cost: 6.4, sold: false },
  ],
  landscaping: [
    { code: "MOW", name: "Lawn mowing visit", price: 35, account: "200", tax: "OUTPUT2" },
    { code: "HEDGE", name: "Hedge trimming (per hour)", price: 28.5, account: "200", tax: "OUTPUT2" },
    { code: "DESIGN", name: "Garden design", price: 450, account: "200", tax: "OUTPUT2" },
    { code: "TURF", name: "Turf (per m²)", price: 6.25, account: "200", tax: "OUTPUT2", cost: 3.1 },
    { code: "FUEL", name: "Fuel", cost: 1.45, sold: false },
  ],
};

const scaled4 = (value: number) => Math.round(value * 10_000);

export function seedSettings(books: Books, org: DemoOrganisation, prng: Prng, updatedAt: number): void {
  for (const spec of TAX_RATES) {
    books.taxRates.set(spec.type, {
      Name: spec.name,
      TaxType: spec.type,
      Status: spec.status ?? "ACTIVE",
      ReportTaxType: spec.report,
      CanApplyToAssets: spec.expenses,
      CanApplyToEquity: spec.expenses,
      CanApplyToExpenses: spec.expenses,
      CanApplyToLiabilities: spec.expenses,
      CanApplyToRevenue: spec.revenue,
      DisplayTaxRate: scaled4(spec.rate),
      EffectiveRate: scaled4(spec.rate),
      TaxComponents: [{ Name: "VAT", Rate: scaled4(spec.rate), IsCompound: false, IsNonRecoverable: false }],
    });
  }
  for (const spec of ACCOUNTS) {
    const id = prng.uuid();
    books.accounts.set(id, {
      AccountID: id,
      Code: spec.code,
      Name: spec.name,
      Type: spec.type,
      Status: spec.status ?? "ACTIVE",
      Description: spec.description,
      TaxType: spec.tax,
      EnablePaymentsToAccount: false,
      ShowInExpenseClaims: spec.type === "EXPENSE" || spec.type === "OVERHEADS",
      BankAccountNumber: spec.bank,
      BankAccountType: spec.bank ? "BANK" : undefined,
      CurrencyCode: spec.bank ? "GBP" : undefined,
      SystemAccount: spec.system,
      ReportingCode: undefined,
      UpdatedDateUTC: updatedAt,
    });
  }
  books.currencies.push(...CURRENCIES.map((c) => ({ ...c })));
  for (const spec of ITEMS[org.kind]) {
    const id = prng.uuid();
    const sold = spec.sold !== false;
    const item: ItemRecord = {
      ItemID: id,
      Code: spec.code,
      Name: spec.name,
      Description: sold ? spec.name : undefined,
      PurchaseDescription: spec.cost !== undefined ? spec.name : undefined,
      IsSold: sold,
      IsPurchased: spec.cost !== undefined,
      SalesDetails: sold
        ? { UnitPrice: scaled4(spec.price ?? 0), AccountCode: spec.account, TaxType: spec.tax }
        : undefined,
      PurchaseDetails:
        spec.cost !== undefined
          ? { UnitPrice: scaled4(spec.cost), AccountCode: "310", TaxType: "INPUT2" }
          : undefined,
      UpdatedDateUTC: updatedAt,
    };
    books.items.set(id, item);
  }
}
