import { compact, envelopeResponse } from "./envelope.js";
import { notFound } from "./errors.js";
import { byId } from "./ids.js";
import { listRecords } from "./listing.js";
import { type AccountRecord, accountClass } from "./records.js";
import type { ResourceRoute } from "./resource-route.js";
import { msDate } from "./xero-date.js";

const FIELDS = [
  "AccountID",
  "Code",
  "Name",
  "Type",
  "Status",
  "Description",
  "TaxType",
  "Class",
  "SystemAccount",
  "EnablePaymentsToAccount",
  "ShowInExpenseClaims",
  "BankAccountNumber",
  "BankAccountType",
  "CurrencyCode",
  "ReportingCode",
  "ReportingCodeName",
  "HasAttachments",
  "UpdatedDateUTC",
  "AddToWatchlist",
];

export function accountToWire(account: AccountRecord): Record<string, unknown> {
  return compact({
    AccountID: account.AccountID,
    Code: account.Code,
    Name: account.Name,
    Status: account.Status,
    Type: account.Type,
    TaxType: account.TaxType,
    Description: account.Description,
    Class: accountClass(account.Type),
    SystemAccount: account.SystemAccount,
    EnablePaymentsToAccount: account.EnablePaymentsToAccount,
    ShowInExpenseClaims: account.ShowInExpenseClaims,
    BankAccountNumber: account.BankAccountNumber,
    BankAccountType: account.BankAccountType ?? "",
    CurrencyCode: account.CurrencyCode,
    ReportingCode: account.ReportingCode,
    ReportingCodeName: account.ReportingCodeName,
    HasAttachments: false,
    UpdatedDateUTC: msDate(account.UpdatedDateUTC),
    AddToWatchlist: false,
  });
}

/** The chart of accounts is not paged. */
export const accountsRoute: ResourceRoute = {
  name: "Accounts",
  area: "settings",
  list: (api, request) => {
    const result = listRecords(request, {
      records: api.books.accounts.values(),
      toWire: accountToWire,
      typeName: "Account",
      fields: FIELDS,
      updatedAt: (a) => a.UpdatedDateUTC,
      paged: false,
    });
    return result.ok ? envelopeResponse(api, "Accounts", result.items) : result.response;
  },
  get: (api, request) => {
    const account = byId(api.books.accounts, request.id);
    return account ? envelopeResponse(api, "Accounts", [accountToWire(account)]) : notFound();
  },
};
