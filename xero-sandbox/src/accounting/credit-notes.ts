import type { ApiContext, ApiRequest } from "./api-context.js";
import { toNumber } from "./decimal.js";
import { compact, envelopeResponse } from "./envelope.js";
import { notFound } from "./errors.js";
import { byId } from "./ids.js";
import { lineItemToWire } from "./invoice-wire.js";
import { listRecords } from "./listing.js";
import type { Books, CreditNoteRecord } from "./records.js";
import type { ResourceRoute } from "./resource-route.js";
import { type UnitDp, unitDp } from "./unitdp.js";
import { dateString, msDate } from "./xero-date.js";

const FIELDS = [
  "CreditNoteID",
  "CreditNoteNumber",
  "Type",
  "Contact",
  "Date",
  "Status",
  "LineAmountTypes",
  "LineItems",
  "SubTotal",
  "TotalTax",
  "Total",
  "RemainingCredit",
  "CurrencyCode",
  "Reference",
  "FullyPaidOnDate",
  "UpdatedDateUTC",
];

export function creditNoteToWire(books: Books, note: CreditNoteRecord, dp: UnitDp): Record<string, unknown> {
  const contact = byId(books.contacts, note.ContactID);
  return compact({
    CreditNoteID: note.CreditNoteID,
    CreditNoteNumber: note.CreditNoteNumber,
    Type: note.Type,
    Reference: note.Reference,
    Contact: { ContactID: note.ContactID, Name: contact?.Name ?? "" },
    DateString: dateString(note.Date),
    Date: msDate(note.Date),
    Status: note.Status,
    LineAmountTypes: note.LineAmountTypes,
    LineItems: note.LineItems.map((l) => lineItemToWire(books, l, dp)),
    SubTotal: toNumber(note.SubTotal, 2),
    TotalTax: toNumber(note.TotalTax, 2),
    Total: toNumber(note.Total, 2),
    RemainingCredit: toNumber(note.RemainingCredit, 2),
    Allocations: [],
    Payments: [],
    CurrencyCode: note.CurrencyCode,
    CurrencyRate: 1,
    FullyPaidOnDate: note.FullyPaidOnDate === undefined ? undefined : msDate(note.FullyPaidOnDate),
    UpdatedDateUTC: msDate(note.UpdatedDateUTC),
    HasAttachments: false,
    HasErrors: false,
  });
}

function list(api: ApiContext, request: ApiRequest): Response {
  const dp = unitDp(request.query);
  const result = listRecords(request, {
    records: api.books.creditNotes.values(),
    toWire: (n) => creditNoteToWire(api.books, n, dp),
    typeName: "CreditNote",
    fields: FIELDS,
    updatedAt: (n) => n.UpdatedDateUTC,
    paged: true,
  });
  return result.ok ? envelopeResponse(api, "CreditNotes", result.items, result.pagination) : result.response;
}

function get(api: ApiContext, request: ApiRequest): Response {
  const note = byId(api.books.creditNotes, request.id);
  return note
    ? envelopeResponse(api, "CreditNotes", [creditNoteToWire(api.books, note, unitDp(request.query))])
    : notFound();
}

/** Credit notes are read-only in the sandbox (demo data only). */
export const creditNotesRoute: ResourceRoute = { name: "CreditNotes", area: "creditnotes", list, get };
