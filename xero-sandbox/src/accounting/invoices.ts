import type { ApiContext, ApiRequest } from "./api-context.js";
import { batchAnswer, type ElementOutcome, readElements } from "./batch.js";
import { saveContact } from "./contact-input.js";
import { envelopeResponse } from "./envelope.js";
import { notFound } from "./errors.js";
import { byId, GUID } from "./ids.js";
import { buildInvoice, saveInvoice } from "./invoice-input.js";
import { INVOICE_FIELDS, invoiceToWire } from "./invoice-wire.js";
import { listRecords } from "./listing.js";
import type { Books, InvoiceRecord } from "./records.js";
import type { ResourceRoute } from "./resource-route.js";
import { unitDp } from "./unitdp.js";

function list(api: ApiContext, request: ApiRequest): Response {
  const q = request.query;
  const lower = (values: string[] | undefined) => values?.map((v) => v.toLowerCase());
  const ids = lower(q.list("IDs"));
  const numbers = lower(q.list("InvoiceNumbers"));
  const contactIds = lower(q.list("ContactIDs"));
  const statuses = q.list("Statuses")?.map((s) => s.toUpperCase());
  const mine = q.bool("createdByMyApp") === true;
  const search = q.get("searchTerm")?.toLowerCase();
  const summaryOnly = q.bool("summaryOnly") === true;
  const paged = q.get("page") !== undefined || q.get("pageSize") !== undefined;
  const dp = unitDp(q);
  const result = listRecords(request, {
    records: api.books.invoices.values(),
    toWire: (invoice) => invoiceToWire(api.books, invoice, { dp, withLines: paged, summaryOnly }),
    typeName: "Invoice",
    fields: INVOICE_FIELDS,
    keep: (i) =>
      (!ids || ids.includes(i.InvoiceID.toLowerCase())) &&
      (!numbers || numbers.includes(i.InvoiceNumber.toLowerCase())) &&
      (!contactIds || contactIds.includes(i.ContactID.toLowerCase())) &&
      (!statuses || statuses.includes(i.Status)) &&
      (!mine || i.createdByClientId === api.app.clientId) &&
      (!search || [i.InvoiceNumber, i.Reference].some((v) => v?.toLowerCase().includes(search))),
    updatedAt: (i) => i.UpdatedDateUTC,
    paged: true,
  });
  return result.ok ? envelopeResponse(api, "Invoices", result.items, result.pagination) : result.response;
}

export function findInvoice(books: Books, idOrNumber: string | undefined): InvoiceRecord | undefined {
  if (!idOrNumber) return undefined;
  if (GUID.test(idOrNumber)) return byId(books.invoices, idOrNumber);
  return byId(books.invoices, books.salesInvoiceNumbers.get(idOrNumber.trim().toLowerCase()));
}

/** GET /Invoices/{InvoiceID or InvoiceNumber} */
function get(api: ApiContext, request: ApiRequest): Response {
  const invoice = findInvoice(api.books, request.id);
  if (!invoice) return notFound();
  return envelopeResponse(api, "Invoices", [
    invoiceToWire(api.books, invoice, { dp: unitDp(request.query), withLines: true }),
  ]);
}

/**
 * PUT creates; POST updates the invoice named by InvoiceID or (ACCREC) InvoiceNumber and
 * creates the others; POST /Invoices/{id} updates that one.
 */
function write(api: ApiContext, request: ApiRequest, mode: "create" | "upsert" | "update"): Response {
  const parsed = readElements(request.bodyText, "Invoices");
  if (!parsed.ok) return parsed.response;
  if (mode === "update" && !findInvoice(api.books, request.id)) return notFound();
  const dp = unitDp(request.query);
  const outcomes = parsed.elements.map((element): ElementOutcome => {
    let existing: InvoiceRecord | undefined;
    if (mode === "update") existing = findInvoice(api.books, request.id);
    else if (mode === "upsert") {
      const id = typeof element.InvoiceID === "string" ? element.InvoiceID : undefined;
      existing = id ? byId(api.books.invoices, id) : undefined;
      if (id && !existing)
        return { ok: false, element, errors: [{ Message: `Invoice ${id} could not be found.` }] };
      if (!existing && typeof element.InvoiceNumber === "string") {
        existing = findInvoice(api.books, element.InvoiceNumber);
      }
    }
    const built = buildInvoice(api, element, existing, dp);
    if (!built.ok) return { ok: false, element, errors: built.errors };
    if (built.newContact) {
      saveContact(api.books, built.newContact);
      api.state.webhooks.emit(api.tenantId, "CONTACT", "CREATE", built.newContact.ContactID);
    }
    saveInvoice(api.books, built.record);
    markContactRole(api.books, built.record);
    api.state.webhooks.emit(api.tenantId, "INVOICE", existing ? "UPDATE" : "CREATE", built.record.InvoiceID);
    return { ok: true, wire: invoiceToWire(api.books, built.record, { dp, withLines: true }) };
  });
  const summarizeErrors = request.query.bool("summarizeErrors") !== false;
  return batchAnswer(api, "Invoices", outcomes, summarizeErrors, "HasErrors");
}

/** Xero sets IsCustomer/IsSupplier once a contact has sales invoices/bills. */
function markContactRole(books: Books, invoice: InvoiceRecord): void {
  const contact = byId(books.contacts, invoice.ContactID);
  if (!contact) return;
  if (invoice.Type === "ACCREC") contact.IsCustomer = true;
  else contact.IsSupplier = true;
}

export const invoicesRoute: ResourceRoute = {
  name: "Invoices",
  area: "invoices",
  list,
  get,
  create: (api, request) => write(api, request, "create"),
  upsert: (api, request) => write(api, request, "upsert"),
  update: (api, request) => write(api, request, "update"),
};
