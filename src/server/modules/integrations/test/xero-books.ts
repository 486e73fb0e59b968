import { randomUUID } from "node:crypto";
import { saveContact } from "../../../../../xero-sandbox/src/accounting/contact-input.js";
import type { ContactRecord } from "../../../../../xero-sandbox/src/accounting/records.js";
import { DEMO_FIRM_TENANT_ID, type Sandbox } from "../../../../../xero-sandbox/src/sandbox.js";

/** Starts the firm's Xero organisation with no contacts (its settings stay). */
export function emptyXeroBooks(sandbox: Sandbox): void {
  sandbox.seed({ profile: "empty" });
}

/** Puts a contact into the firm's Xero organisation, as if typed in Xero; answers its ContactID. */
export function addXeroContact(sandbox: Sandbox, fields: Partial<ContactRecord> & { Name: string }): string {
  const books = sandbox.state.tenants.get(DEMO_FIRM_TENANT_ID);
  if (!books) throw new Error("the firm's organisation is not seeded");
  const record: ContactRecord = {
    ContactID: randomUUID(),
    ContactStatus: "ACTIVE",
    Addresses: [],
    Phones: [],
    ContactPersons: [],
    IsSupplier: false,
    IsCustomer: true,
    UpdatedDateUTC: sandbox.now(),
    ...fields,
  };
  saveContact(books, record);
  return record.ContactID;
}

export function updateXeroContact(sandbox: Sandbox, contactId: string, fields: Partial<ContactRecord>): void {
  const books = sandbox.state.tenants.get(DEMO_FIRM_TENANT_ID)!;
  const record = books.contacts.get(contactId.toLowerCase())!;
  saveContact(books, { ...record, ...fields, UpdatedDateUTC: sandbox.now() });
}
