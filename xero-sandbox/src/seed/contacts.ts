import { saveContact } from "../accounting/contact-input.js";
import type {
  AddressRecord,
  Books,
  ContactPersonRecord,
  ContactRecord,
  PhoneRecord,
} from "../accounting/records.js";
import { DAY_MS } from "../accounting/xero-date.js";
import type { Prng } from "../prng.js";
import {
  AREA_CODES,
  CITIES,
  COMPANY_FIRST,
  COMPANY_SECOND,
  COMPANY_SUFFIX,
  FIRST_NAMES,
  LAST_NAMES,
  STREETS,
} from "./names.js";

/**
 * Customer contacts with the variety a real ledger has: companies and sole traders, a few
 * archived, several contact persons on some, two pairs sharing an e-mail address, phones
 * with and without area or country codes, street and PO box addresses or none, VAT and
 * company numbers, foreign currencies.
 */

const ARCHIVED_EVERY = 15;
/** Contacts (by position) whose e-mail repeats the previous contact's. */
const SHARED_EMAIL_AT = new Set([11, 25]);

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "")
    .slice(0, 24);
}

function digits(prng: Prng, count: number): string {
  let s = "";
  for (let i = 0; i < count; i++) s += String(prng.int(0, 9));
  return s;
}

function uniqueName(books: Books, candidate: string): string {
  let name = candidate;
  for (let n = 2; books.contactIdByName.has(name.toLowerCase()); n++) name = `${candidate} (${n})`;
  return name;
}

function phonesFor(prng: Prng, index: number): PhoneRecord[] {
  const area = prng.pick(AREA_CODES);
  const local = `${digits(prng, 3)} ${digits(prng, 4)}`;
  const mobile = `07${digits(prng, 3)} ${digits(prng, 6)}`;
  switch (index % 4) {
    case 0:
      return [{ PhoneType: "DEFAULT", PhoneNumber: local, PhoneAreaCode: area }];
    case 1:
      return [{ PhoneType: "MOBILE", PhoneNumber: mobile }];
    case 2:
      return [
        { PhoneType: "DEFAULT", PhoneNumber: local, PhoneAreaCode: area.slice(1), PhoneCountryCode: "44" },
        { PhoneType: "MOBILE", PhoneNumber: mobile, PhoneCountryCode: "44" },
        { PhoneType: "FAX", PhoneNumber: `${digits(prng, 3)} ${digits(prng, 4)}`, PhoneAreaCode: area },
      ];
    default:
      return [];
  }
}

function addressesFor(prng: Prng, index: number, country: string): AddressRecord[] {
  const place = prng.pick(CITIES);
  const street: AddressRecord = {
    AddressType: "STREET",
    AddressLine1: `${prng.int(1, 240)} ${prng.pick(STREETS)}`,
    City: place.city,
    Region: place.region,
    PostalCode: `${place.postcode} ${prng.int(1, 9)}${String.fromCharCode(65 + prng.int(0, 25))}${String.fromCharCode(65 + prng.int(0, 25))}`,
    Country: country,
  };
  const pobox: AddressRecord = {
    AddressType: "POBOX",
    AddressLine1: `PO Box ${prng.int(100, 9999)}`,
    AddressLine2: index % 2 === 0 ? "Accounts Payable" : undefined,
    City: place.city,
    PostalCode: street.PostalCode,
    Country: country,
    AttentionTo: index % 6 === 0 ? "Finance team" : undefined,
  };
  switch (index % 3) {
    case 0:
      return [pobox, street];
    case 1:
      return [street];
    default:
      return [];
  }
}

function personsFor(prng: Prng, index: number, domain: string): ContactPersonRecord[] {
  const count = index % 6 === 0 ? 2 : index % 10 === 3 ? 3 : 0;
  const persons: ContactPersonRecord[] = [];
  for (let i = 0; i < count; i++) {
    const first = prng.pick(FIRST_NAMES);
    const last = prng.pick(LAST_NAMES);
    persons.push({
      FirstName: first,
      LastName: last,
      EmailAddress: `${slug(first)}.${slug(last)}@${domain}`,
      IncludeInEmails: i === 0,
    });
  }
  return persons;
}

export interface ContactSeedOptions {
  count: number;
  anchor: number;
  /** Names to use first (e.g. the firm's client organisations). */
  fixedNames?: readonly string[];
  /** Share of sole traders (individuals) among the contacts. */
  individualsEvery?: number;
  /** Contacts are marked archived every N-th position; 0 for none. */
  archivedEvery?: number;
}

export function seedContacts(books: Books, prng: Prng, options: ContactSeedOptions): ContactRecord[] {
  const created: ContactRecord[] = [];
  const archivedEvery = options.archivedEvery ?? ARCHIVED_EVERY;
  const individualsEvery = options.individualsEvery ?? 5;
  let previousEmail: string | undefined;
  const usedDomains = new Set<string>();
  for (let index = 0; index < options.count; index++) {
    const fixed = options.fixedNames?.[index];
    const individual = !fixed && index % individualsEvery === individualsEvery - 1;
    const first = prng.pick(FIRST_NAMES);
    const last = prng.pick(LAST_NAMES);
    const candidate =
      fixed ??
      (individual
        ? `${first} ${last}`
        : `${prng.pick(COMPANY_FIRST)} ${prng.pick(COMPANY_SECOND)} ${prng.pick(COMPANY_SUFFIX)}`);
    const name = uniqueName(books, candidate);
    const currency = index % 17 === 5 ? "EUR" : index % 19 === 9 ? "USD" : undefined;
    const country = currency === "EUR" ? "Ireland" : currency === "USD" ? "United States" : "United Kingdom";
    let domain = `${slug(name.replace(/\b(ltd|limited|llp|group|partners|co)\b/gi, ""))}.example`;
    if (usedDomains.has(domain)) domain = `${index}.${domain}`;
    usedDomains.add(domain);
    let email: string | undefined = individual ? `${slug(first)}@${domain}` : `accounts@${domain}`;
    if (SHARED_EMAIL_AT.has(index) && previousEmail) email = previousEmail;
    if (index % 11 === 8) email = undefined;
    previousEmail = email;
    const contact: ContactRecord = {
      ContactID: prng.uuid(),
      AccountNumber: index % 2 === 0 ? `CL-${String(index + 1).padStart(4, "0")}` : undefined,
      ContactStatus: archivedEvery > 0 && index % archivedEvery === archivedEvery - 2 ? "ARCHIVED" : "ACTIVE",
      Name: name,
      FirstName: individual ? first : index % 3 === 0 ? first : undefined,
      LastName: individual ? last : index % 3 === 0 ? last : undefined,
      EmailAddress: email,
      CompanyNumber: individual
        ? undefined
        : `${index % 9 === 4 ? "SC" : "0"}${digits(prng, 7 - (index % 9 === 4 ? 1 : 0))}`,
      TaxNumber:
        individual || index % 5 === 4 ? undefined : `${currency === "EUR" ? "IE" : "GB"}${digits(prng, 9)}`,
      DefaultCurrency: currency,
      Addresses: addressesFor(prng, index, country),
      Phones: phonesFor(prng, index),
      ContactPersons: personsFor(prng, index, domain),
      IsSupplier: false,
      IsCustomer: false,
      UpdatedDateUTC: options.anchor - prng.int(2, 700) * DAY_MS - prng.int(0, 86_399) * 1000,
    };
    saveContact(books, contact);
    created.push(contact);
  }
  return created;
}

/** A few suppliers, so the ledger also holds contacts that are not customers. */
export function seedSuppliers(
  books: Books,
  prng: Prng,
  names: readonly string[],
  anchor: number,
): ContactRecord[] {
  return names.map((name, index) => {
    const contact: ContactRecord = {
      ContactID: prng.uuid(),
      ContactStatus: "ACTIVE",
      Name: uniqueName(books, name),
      EmailAddress: `billing@${slug(name)}.example`,
      Addresses: addressesFor(prng, index + 1, "United Kingdom"),
      Phones: phonesFor(prng, index),
      ContactPersons: [],
      IsSupplier: true,
      IsCustomer: false,
      UpdatedDateUTC: anchor - prng.int(30, 900) * DAY_MS,
    };
    saveContact(books, contact);
    return contact;
  });
}
