import { randomUUID } from "node:crypto";
import { isRecord } from "../http.js";
import type { ValidationErrorItem } from "./errors.js";
import { byId } from "./ids.js";
import type { AddressRecord, Books, ContactPersonRecord, ContactRecord, PhoneRecord } from "./records.js";

/**
 * Creating and updating contacts from request elements, with Xero's rules: names are
 * required and unique within the organisation, e-mail addresses must look like one, at most
 * five contact persons, IsCustomer/IsSupplier are Xero's to set.
 */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_TYPES: readonly PhoneRecord["PhoneType"][] = ["DEFAULT", "DDI", "MOBILE", "FAX"];
const MAX_CONTACT_PERSONS = 5;

type TextField =
  | "AccountNumber"
  | "FirstName"
  | "LastName"
  | "CompanyNumber"
  | "TaxNumber"
  | "BankAccountDetails"
  | "AccountsReceivableTaxType"
  | "AccountsPayableTaxType";

export type ContactBuild = { ok: true; record: ContactRecord } | { ok: false; errors: ValidationErrorItem[] };

function str(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return undefined;
}

function readAddresses(value: unknown, errors: ValidationErrorItem[]): AddressRecord[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    errors.push({ Message: "Addresses must be a list" });
    return undefined;
  }
  const result: AddressRecord[] = [];
  for (const raw of value) {
    if (!isRecord(raw)) continue;
    const requested = str(raw.AddressType)?.toUpperCase() ?? "POBOX";
    const type = requested === "POBOX" || requested === "STREET" ? requested : undefined;
    if (!type) {
      errors.push({ Message: `AddressType '${str(raw.AddressType)}' is not valid` });
      continue;
    }
    result.push({
      AddressType: type,
      AddressLine1: str(raw.AddressLine1),
      AddressLine2: str(raw.AddressLine2),
      AddressLine3: str(raw.AddressLine3),
      AddressLine4: str(raw.AddressLine4),
      City: str(raw.City),
      Region: str(raw.Region),
      PostalCode: str(raw.PostalCode),
      Country: str(raw.Country),
      AttentionTo: str(raw.AttentionTo),
    });
  }
  return result;
}

function readPhones(value: unknown, errors: ValidationErrorItem[]): PhoneRecord[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    errors.push({ Message: "Phones must be a list" });
    return undefined;
  }
  const result: PhoneRecord[] = [];
  for (const raw of value) {
    if (!isRecord(raw)) continue;
    const requested = str(raw.PhoneType)?.toUpperCase() ?? "DEFAULT";
    const type = PHONE_TYPES.find((t) => t === requested);
    if (!type) {
      errors.push({ Message: `PhoneType '${str(raw.PhoneType)}' is not valid` });
      continue;
    }
    result.push({
      PhoneType: type,
      PhoneNumber: str(raw.PhoneNumber),
      PhoneAreaCode: str(raw.PhoneAreaCode),
      PhoneCountryCode: str(raw.PhoneCountryCode),
    });
  }
  return result;
}

function readPersons(value: unknown, errors: ValidationErrorItem[]): ContactPersonRecord[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    errors.push({ Message: "ContactPersons must be a list" });
    return undefined;
  }
  if (value.length > MAX_CONTACT_PERSONS)
    errors.push({ Message: "A contact can have at most 5 contact persons." });
  return value.filter(isRecord).map((raw) => {
    const email = str(raw.EmailAddress);
    if (email && !EMAIL.test(email)) errors.push({ Message: "Email address must be valid." });
    return {
      FirstName: str(raw.FirstName),
      LastName: str(raw.LastName),
      EmailAddress: email,
      IncludeInEmails: raw.IncludeInEmails === true,
    };
  });
}

/** Replaces the given address/phone types and keeps the others, as Xero merges them. */
function mergeByType<T, K extends keyof T>(existing: T[], incoming: T[] | undefined, key: K): T[] {
  if (!incoming) return existing;
  const replaced = new Set(incoming.map((x) => x[key]));
  return [...existing.filter((x) => !replaced.has(x[key])), ...incoming];
}

export function findContactByNumber(books: Books, number: string): ContactRecord | undefined {
  const wanted = number.trim().toLowerCase();
  for (const contact of books.contacts.values()) {
    if (contact.ContactNumber?.toLowerCase() === wanted) return contact;
  }
  return undefined;
}

/**
 * The contact with this name, the active one when an archived contact shares it (Xero keeps
 * names unique across active contacts only, so an archived contact's name can be used again).
 */
export function findContactByName(books: Books, name: string): ContactRecord | undefined {
  return byId(books.contacts, books.contactIdByName.get(name.trim().toLowerCase()));
}

/** Builds the new state of a contact (a new one when `existing` is undefined) without saving it. */
export function buildContact(
  books: Books,
  element: Record<string, unknown>,
  existing: ContactRecord | undefined,
  now: number,
): ContactBuild {
  const errors: ValidationErrorItem[] = [];
  const name = element.Name === undefined ? existing?.Name : str(element.Name)?.trim();
  if (!name) errors.push({ Message: "The contact name must be specified." });
  else if (name.length > 255) errors.push({ Message: "The contact name must be 255 characters or fewer." });
  else {
    const holder = findContactByName(books, name);
    const willBeActive =
      (str(element.ContactStatus)?.toUpperCase() ?? existing?.ContactStatus ?? "ACTIVE") === "ACTIVE";
    if (
      holder &&
      holder.ContactID !== existing?.ContactID &&
      holder.ContactStatus === "ACTIVE" &&
      willBeActive
    ) {
      errors.push({
        Message: `The contact name ${name} is already assigned to another contact. The contact name must be unique across all active contacts.`,
      });
    }
  }
  const email = element.EmailAddress === undefined ? existing?.EmailAddress : str(element.EmailAddress);
  if (email && !EMAIL.test(email)) errors.push({ Message: "Email address must be valid." });
  const number = element.ContactNumber === undefined ? existing?.ContactNumber : str(element.ContactNumber);
  if (number) {
    const holder = findContactByNumber(books, number);
    if (holder && holder.ContactID !== existing?.ContactID) {
      errors.push({ Message: `The contact number ${number} is already assigned to another contact.` });
    }
  }
  let status = existing?.ContactStatus ?? "ACTIVE";
  if (element.ContactStatus !== undefined) {
    const requested = str(element.ContactStatus)?.toUpperCase();
    if (requested === "ACTIVE" || requested === "ARCHIVED") status = requested;
    else errors.push({ Message: `ContactStatus '${str(element.ContactStatus)}' is not valid.` });
  }
  const currency =
    element.DefaultCurrency === undefined
      ? existing?.DefaultCurrency
      : str(element.DefaultCurrency)?.toUpperCase();
  if (currency && !books.currencies.some((c) => c.Code === currency)) {
    errors.push({ Message: `The currency code ${currency} is not valid for this organisation.` });
  }
  const addresses = readAddresses(element.Addresses, errors);
  const phones = readPhones(element.Phones, errors);
  const persons = readPersons(element.ContactPersons, errors);
  if (errors.length > 0 || !name) return { ok: false, errors };

  const pick = (key: TextField): string | undefined =>
    element[key] === undefined ? existing?.[key] : str(element[key]);
  return {
    ok: true,
    record: {
      ContactID: existing?.ContactID ?? randomUUID(),
      ContactNumber: number,
      AccountNumber: pick("AccountNumber"),
      ContactStatus: status,
      Name: name,
      FirstName: pick("FirstName"),
      LastName: pick("LastName"),
      EmailAddress: email,
      CompanyNumber: pick("CompanyNumber"),
      TaxNumber: pick("TaxNumber"),
      BankAccountDetails: pick("BankAccountDetails"),
      Website: existing?.Website,
      DefaultCurrency: currency,
      AccountsReceivableTaxType: pick("AccountsReceivableTaxType"),
      AccountsPayableTaxType: pick("AccountsPayableTaxType"),
      Addresses: mergeByType(existing?.Addresses ?? [], addresses, "AddressType"),
      Phones: mergeByType(existing?.Phones ?? [], phones, "PhoneType"),
      ContactPersons: persons ?? existing?.ContactPersons ?? [],
      IsSupplier: existing?.IsSupplier ?? false,
      IsCustomer: existing?.IsCustomer ?? false,
      UpdatedDateUTC: now,
    },
  };
}

/**
 * Saves a contact and keeps the name index pointing at the active holder of each name (an
 * archived contact never displaces an active one of the same name).
 */
export function saveContact(books: Books, record: ContactRecord): void {
  const key = record.ContactID.toLowerCase();
  const previous = books.contacts.get(key);
  const name = record.Name.toLowerCase();
  if (
    previous &&
    previous.Name.toLowerCase() !== name &&
    books.contactIdByName.get(previous.Name.toLowerCase()) === key
  ) {
    books.contactIdByName.delete(previous.Name.toLowerCase());
  }
  books.contacts.set(key, record);
  const holder = byId(books.contacts, books.contactIdByName.get(name));
  if (
    !holder ||
    holder.ContactID.toLowerCase() === key ||
    record.ContactStatus === "ACTIVE" ||
    holder.ContactStatus !== "ACTIVE"
  ) {
    books.contactIdByName.set(name, key);
  }
}
