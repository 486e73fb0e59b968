import { toNumber } from "./decimal.js";
import { compact } from "./envelope.js";
import { amountDue, type Books, type ContactRecord } from "./records.js";
import { msDate, startOfUtcDay } from "./xero-date.js";

export const CONTACT_FIELDS = [
  "ContactID",
  "ContactNumber",
  "AccountNumber",
  "ContactStatus",
  "Name",
  "FirstName",
  "LastName",
  "CompanyNumber",
  "EmailAddress",
  "BankAccountDetails",
  "TaxNumber",
  "AccountsReceivableTaxType",
  "AccountsPayableTaxType",
  "Addresses",
  "Phones",
  "IsSupplier",
  "IsCustomer",
  "DefaultCurrency",
  "UpdatedDateUTC",
  "ContactPersons",
  "ContactGroups",
  "Website",
  "HasAttachments",
  "HasValidationErrors",
  "Balances",
];

const ADDRESS_TYPES = ["POBOX", "STREET"] as const;
const PHONE_TYPES = ["DDI", "DEFAULT", "FAX", "MOBILE"] as const;

/** Xero always lists both address types and all four phone types, empty ones included. */
function addressesToWire(contact: ContactRecord): Record<string, unknown>[] {
  return ADDRESS_TYPES.map((type) => {
    const a = contact.Addresses.find((x) => x.AddressType === type);
    return compact({
      AddressType: type,
      AddressLine1: a?.AddressLine1,
      AddressLine2: a?.AddressLine2,
      AddressLine3: a?.AddressLine3,
      AddressLine4: a?.AddressLine4,
      City: a?.City ?? "",
      Region: a?.Region ?? "",
      PostalCode: a?.PostalCode ?? "",
      Country: a?.Country ?? "",
      AttentionTo: a?.AttentionTo,
    });
  });
}

function phonesToWire(contact: ContactRecord): Record<string, unknown>[] {
  return PHONE_TYPES.map((type) => {
    const p = contact.Phones.find((x) => x.PhoneType === type);
    return {
      PhoneType: type,
      PhoneNumber: p?.PhoneNumber ?? "",
      PhoneAreaCode: p?.PhoneAreaCode ?? "",
      PhoneCountryCode: p?.PhoneCountryCode ?? "",
    };
  });
}

export interface Balance {
  receivableOutstanding: number;
  receivableOverdue: number;
  payableOutstanding: number;
  payableOverdue: number;
}

/** Outstanding and overdue amounts per contact from authorised invoices, computed once per call. */
export function balancesByContact(books: Books, now: number): Map<string, Balance> {
  const today = startOfUtcDay(now);
  const balances = new Map<string, Balance>();
  for (const invoice of books.invoices.values()) {
    if (invoice.Status !== "AUTHORISED") continue;
    const due = amountDue(invoice);
    const overdue = invoice.DueDate !== undefined && invoice.DueDate < today ? due : 0;
    const key = invoice.ContactID.toLowerCase();
    const b = balances.get(key) ?? {
      receivableOutstanding: 0,
      receivableOverdue: 0,
      payableOutstanding: 0,
      payableOverdue: 0,
    };
    if (invoice.Type === "ACCREC") {
      b.receivableOutstanding += due;
      b.receivableOverdue += overdue;
    } else {
      b.payableOutstanding += due;
      b.payableOverdue += overdue;
    }
    balances.set(key, b);
  }
  return balances;
}

export interface ContactWireOptions {
  /** summaryOnly=true: only the light fields (no addresses, phones, persons or balances). */
  summaryOnly?: boolean;
  /** Balances are included when a contact is fetched alone or by page, as at Xero. */
  balances?: Map<string, Balance>;
}

export function contactToWire(
  contact: ContactRecord,
  options: ContactWireOptions = {},
): Record<string, unknown> {
  const wire: Record<string, unknown> = compact({
    ContactID: contact.ContactID,
    ContactNumber: contact.ContactNumber,
    AccountNumber: contact.AccountNumber,
    ContactStatus: contact.ContactStatus,
    Name: contact.Name,
    FirstName: contact.FirstName,
    LastName: contact.LastName,
    CompanyNumber: contact.CompanyNumber,
    EmailAddress: contact.EmailAddress,
    BankAccountDetails: contact.BankAccountDetails ?? "",
    TaxNumber: contact.TaxNumber,
    AccountsReceivableTaxType: contact.AccountsReceivableTaxType,
    AccountsPayableTaxType: contact.AccountsPayableTaxType,
    Addresses: options.summaryOnly ? undefined : addressesToWire(contact),
    Phones: options.summaryOnly ? undefined : phonesToWire(contact),
    UpdatedDateUTC: msDate(contact.UpdatedDateUTC),
    ContactGroups: [],
    IsSupplier: contact.IsSupplier,
    IsCustomer: contact.IsCustomer,
    DefaultCurrency: contact.DefaultCurrency,
    Website: contact.Website,
    ContactPersons: options.summaryOnly ? undefined : contact.ContactPersons.map((p) => compact({ ...p })),
    HasAttachments: false,
    HasValidationErrors: false,
  });
  if (options.balances && !options.summaryOnly) {
    const b = options.balances.get(contact.ContactID.toLowerCase());
    wire.Balances = {
      AccountsReceivable: {
        Outstanding: toNumber(b?.receivableOutstanding ?? 0, 2),
        Overdue: toNumber(b?.receivableOverdue ?? 0, 2),
      },
      AccountsPayable: {
        Outstanding: toNumber(b?.payableOutstanding ?? 0, 2),
        Overdue: toNumber(b?.payableOverdue ?? 0, 2),
      },
    };
  }
  return wire;
}
