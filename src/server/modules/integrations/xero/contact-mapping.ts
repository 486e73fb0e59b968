import { countryCode } from "../../../../shared/checks/country.js";
import { checkPhone } from "../../../../shared/checks/phone.js";
import type { RemoteAddress, RemoteCustomer } from "../accounting-provider.js";
import type { XeroContact } from "./schemas/contact.js";

type Phone = NonNullable<XeroContact["Phones"]>[number];
type Address = NonNullable<XeroContact["Addresses"]>[number];

const blankToNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/**
 * Xero's three parts as one number, written as Kontor writes numbers ("+44 20 7946 0958", the
 * contact's country as the default region) when it is a valid one; otherwise as Xero has it: an
 * import never refuses a contact for its phone number.
 */
function formatPhone(phone: Phone | undefined, region: string | null): string | null {
  if (!phone || !blankToNull(phone.PhoneNumber)) return null;
  const country = blankToNull(phone.PhoneCountryCode);
  const parts = [
    country ? (country.startsWith("+") ? country : `+${country}`) : null,
    phone.PhoneAreaCode,
    phone.PhoneNumber,
  ];
  const joined = parts.map(blankToNull).filter(Boolean).join(" ");
  const checked = checkPhone(joined, region);
  return checked.ok ? checked.value : joined;
}

function pickPhone(phones: Phone[], order: string[]): Phone | undefined {
  for (const type of order) {
    const found = phones.find((p) => p.PhoneType === type && blankToNull(p.PhoneNumber));
    if (found) return found;
  }
  return undefined;
}

function hasAny(a: Address): boolean {
  return [a.AddressLine1, a.AddressLine2, a.City, a.PostalCode, a.Country].some((v) => blankToNull(v));
}

function mapAddress(addresses: Address[]): RemoteAddress {
  // Street address first: it is where the client is; the postal box only when there is no other.
  const a =
    addresses.find((x) => x.AddressType === "STREET" && hasAny(x)) ?? addresses.find((x) => hasAny(x));
  const rest = a
    ? [a.AddressLine2, a.AddressLine3, a.AddressLine4].map(blankToNull).filter(Boolean).join(", ")
    : "";
  return {
    line1: blankToNull(a?.AddressLine1),
    line2: rest || null,
    city: blankToNull(a?.City),
    region: blankToNull(a?.Region),
    postalCode: blankToNull(a?.PostalCode),
    country: blankToNull(a?.Country),
  };
}

/** A Xero contact in Kontor's words; only the contact's own person, not its ContactPersons. */
export function toRemoteCustomer(contact: XeroContact): RemoteCustomer {
  const phones = contact.Phones ?? [];
  const firstName = blankToNull(contact.FirstName);
  const lastName = blankToNull(contact.LastName);
  const email = blankToNull(contact.EmailAddress)?.toLowerCase() ?? null;
  const address = mapAddress(contact.Addresses ?? []);
  const region = countryCode(address.country);
  return {
    externalId: contact.ContactID,
    name: contact.Name.trim(),
    isCustomer: contact.IsCustomer ?? false,
    isSupplier: contact.IsSupplier ?? false,
    shortMark: blankToNull(contact.AccountNumber),
    registryCode: blankToNull(contact.CompanyNumber),
    vatNumber: blankToNull(contact.TaxNumber),
    email,
    phone: formatPhone(pickPhone(phones, ["DEFAULT", "DDI", "MOBILE"]), region),
    address,
    currency: blankToNull(contact.DefaultCurrency)?.toUpperCase() ?? null,
    person:
      firstName || lastName
        ? {
            firstName,
            lastName,
            email,
            phone: formatPhone(pickPhone(phones, ["MOBILE", "DDI", "DEFAULT"]), region),
          }
        : null,
    updatedAt: contact.UpdatedDateUTC ?? null,
  };
}
