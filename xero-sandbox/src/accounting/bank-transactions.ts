import type { ApiContext, ApiRequest } from "./api-context.js";
import { toNumber } from "./decimal.js";
import { compact, envelopeResponse } from "./envelope.js";
import { notFound } from "./errors.js";
import { byId } from "./ids.js";
import { lineItemToWire } from "./invoice-wire.js";
import { listRecords } from "./listing.js";
import type { BankTransactionRecord, Books } from "./records.js";
import type { ResourceRoute } from "./resource-route.js";
import { type UnitDp, unitDp } from "./unitdp.js";
import { dateString, msDate } from "./xero-date.js";

const FIELDS = [
  "BankTransactionID",
  "Type",
  "Contact",
  "BankAccount",
  "LineItems",
  "IsReconciled",
  "Date",
  "Reference",
  "CurrencyCode",
  "Status",
  "LineAmountTypes",
  "SubTotal",
  "TotalTax",
  "Total",
  "UpdatedDateUTC",
];

export function bankTransactionToWire(
  books: Books,
  txn: BankTransactionRecord,
  dp: UnitDp,
): Record<string, unknown> {
  const contact = byId(books.contacts, txn.ContactID);
  const account = byId(books.accounts, txn.BankAccountID);
  return compact({
    BankTransactionID: txn.BankTransactionID,
    Type: txn.Type,
    Contact: { ContactID: txn.ContactID, Name: contact?.Name ?? "" },
    BankAccount: { AccountID: txn.BankAccountID, Code: account?.Code, Name: account?.Name },
    IsReconciled: txn.IsReconciled,
    DateString: dateString(txn.Date),
    Date: msDate(txn.Date),
    Reference: txn.Reference,
    CurrencyCode: txn.CurrencyCode,
    Status: txn.Status,
    LineAmountTypes: txn.LineAmountTypes,
    LineItems: txn.LineItems.map((l) => lineItemToWire(books, l, dp)),
    SubTotal: toNumber(txn.SubTotal, 2),
    TotalTax: toNumber(txn.TotalTax, 2),
    Total: toNumber(txn.Total, 2),
    UpdatedDateUTC: msDate(txn.UpdatedDateUTC),
    HasAttachments: false,
  });
}

function list(api: ApiContext, request: ApiRequest): Response {
  const dp = unitDp(request.query);
  const result = listRecords(request, {
    records: api.books.bankTransactions.values(),
    toWire: (t) => bankTransactionToWire(api.books, t, dp),
    typeName: "BankTransaction",
    fields: FIELDS,
    updatedAt: (t) => t.UpdatedDateUTC,
    paged: true,
  });
  return result.ok
    ? envelopeResponse(api, "BankTransactions", result.items, result.pagination)
    : result.response;
}

function get(api: ApiContext, request: ApiRequest): Response {
  const txn = byId(api.books.bankTransactions, request.id);
  return txn
    ? envelopeResponse(api, "BankTransactions", [
        bankTransactionToWire(api.books, txn, unitDp(request.query)),
      ])
    : notFound();
}

/** Bank transactions are read-only in the sandbox (demo data, for work statistics). */
export const bankTransactionsRoute: ResourceRoute = {
  name: "BankTransactions",
  area: "banktransactions",
  list,
  get,
};
