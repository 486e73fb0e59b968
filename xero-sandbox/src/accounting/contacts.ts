import type { ApiContext, ApiRequest } from "./api-context.js";
import { batchAnswer, type ElementOutcome, readElements } from "./batch.js";
import { buildContact, findContactByNumber, saveContact } from "./contact-input.js";
import { balancesByContact, CONTACT_FIELDS, contactToWire } from "./contact-wire.js";
import { envelopeResponse } from "./envelope.js";
import { notFound } from "./errors.js";
import { byId, GUID } from "./ids.js";
import { listRecords } from "./listing.js";
import type { ContactRecord } from "./records.js";
import type { ResourceRoute } from "./resource-route.js";

function list(api: ApiContext, request: ApiRequest): Response {
  const q = request.query;
  const ids = q.list("IDs")?.map((id) => id.toLowerCase());
  const includeArchived = q.bool("includeArchived") === true;
  const summaryOnly = q.bool("summaryOnly") === true;
  const search = q.get("searchTerm")?.toLowerCase();
  const paged = q.get("page") !== undefined || q.get("pageSize") !== undefined;
  const balances = paged && !summaryOnly ? balancesByContact(api.books, api.state.clock.now()) : undefined;
  const result = listRecords(request, {
    records: api.books.contacts.values(),
    toWire: (c) => contactToWire(c, { summaryOnly, balances }),
    typeName: "Contact",
    fields: CONTACT_FIELDS,
    keep: (c) =>
      (includeArchived || c.ContactStatus !== "ARCHIVED") &&
      (!ids || ids.includes(c.ContactID.toLowerCase())) &&
      (!search || matchesSearch(c, search)),
    updatedAt: (c) => c.UpdatedDateUTC,
    paged: true,
  });
  return result.ok ? envelopeResponse(api, "Contacts", result.items, result.pagination) : result.response;
}

function matchesSearch(contact: ContactRecord, term: string): boolean {
  return [
    contact.Name,
    contact.FirstName,
    contact.LastName,
    contact.ContactNumber,
    contact.EmailAddress,
  ].some((v) => v?.toLowerCase().includes(term));
}

/** GET /Contacts/{ContactID or ContactNumber} */
function get(api: ApiContext, request: ApiRequest): Response {
  const id = request.id ?? "";
  const contact = GUID.test(id) ? byId(api.books.contacts, id) : findContactByNumber(api.books, id);
  if (!contact) return notFound();
  const balances = balancesByContact(api.books, api.state.clock.now());
  return envelopeResponse(api, "Contacts", [contactToWire(contact, { balances })]);
}

function write(api: ApiContext, request: ApiRequest, mode: "create" | "upsert" | "update"): Response {
  const parsed = readElements(request.bodyText, "Contacts");
  if (!parsed.ok) return parsed.response;
  if (mode === "update" && !byId(api.books.contacts, request.id)) return notFound();
  const outcomes = parsed.elements.map((element): ElementOutcome => {
    const existing = existingContact(api, element, mode, request.id);
    if (existing === "missing") {
      return { ok: false, element, errors: [{ Message: "The contact could not be found." }] };
    }
    const now = api.state.clock.now();
    const built = buildContact(api.books, element, existing, now);
    if (!built.ok) return { ok: false, element, errors: built.errors };
    saveContact(api.books, built.record);
    api.state.webhooks.emit(api.tenantId, "CONTACT", existing ? "UPDATE" : "CREATE", built.record.ContactID);
    return { ok: true, wire: contactToWire(built.record) };
  });
  const summarizeErrors = request.query.bool("summarizeErrors") !== false;
  return batchAnswer(api, "Contacts", outcomes, summarizeErrors, "HasValidationErrors");
}

/** PUT always creates; POST updates the contact named by ContactID or ContactNumber, else creates. */
function existingContact(
  api: ApiContext,
  element: Record<string, unknown>,
  mode: "create" | "upsert" | "update",
  pathId: string | undefined,
): ContactRecord | undefined | "missing" {
  if (mode === "create") return undefined;
  const id =
    mode === "update" ? pathId : typeof element.ContactID === "string" ? element.ContactID : undefined;
  if (id) return byId(api.books.contacts, id) ?? "missing";
  if (typeof element.ContactNumber === "string") return findContactByNumber(api.books, element.ContactNumber);
  return undefined;
}

export const contactsRoute: ResourceRoute = {
  name: "Contacts",
  area: "contacts",
  list,
  get,
  create: (api, request) => write(api, request, "create"),
  upsert: (api, request) => write(api, request, "upsert"),
  update: (api, request) => write(api, request, "update"),
};
