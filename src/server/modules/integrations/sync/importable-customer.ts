import { CLIENT_LIMITS, PERSON_LIMITS } from "../../../../shared/api/clients.js";
import type { RemoteCustomer } from "../accounting-provider.js";
import { type FieldValues, type ImportedField, remoteValues } from "./client-diff.js";

/** Each imported field's limit (the API's), named as Xero names it: the user fixes it there. */
const LIMITS: Record<Exclude<ImportedField, "currency">, [max: number, label: string]> = {
  name: [CLIENT_LIMITS.name, "name"],
  shortMark: [CLIENT_LIMITS.shortMark, "account number"],
  registryCode: [CLIENT_LIMITS.registryCode, "company number"],
  vatNumber: [CLIENT_LIMITS.vatNumber, "tax number"],
  email: [CLIENT_LIMITS.email, "e-mail address"],
  phone: [CLIENT_LIMITS.phone, "phone number"],
  "address.line1": [CLIENT_LIMITS.addressLine, "address"],
  "address.line2": [CLIENT_LIMITS.addressLine, "address"],
  "address.city": [CLIENT_LIMITS.city, "town or city"],
  "address.region": [CLIENT_LIMITS.region, "region"],
  "address.postalCode": [CLIENT_LIMITS.postalCode, "postal code"],
  "address.country": [CLIENT_LIMITS.country, "country"],
  "primaryPerson.firstName": [PERSON_LIMITS.firstName, "contact person's first name"],
  "primaryPerson.lastName": [PERSON_LIMITS.lastName, "contact person's last name"],
  "primaryPerson.email": [PERSON_LIMITS.email, "contact person's e-mail address"],
  "primaryPerson.phone": [PERSON_LIMITS.phone, "contact person's phone number"],
};

const AGAIN = "Correct it in Xero, then import again.";

/**
 * Why a customer cannot become a Kontor client as it is (a value longer than Kontor takes, no
 * name), or null. Such a contact is refused with this reason; it is never cut short silently.
 */
export function whyNotImportable(remote: RemoteCustomer): string | null {
  const values: FieldValues = remoteValues(remote);
  if (!values.name) return `The contact has no name in Xero. ${AGAIN}`;
  for (const [field, [max, label]] of Object.entries(LIMITS)) {
    const value = values[field as ImportedField];
    if (value && value.length > max) {
      return `The ${label} in Xero is longer than ${max} characters (${value.length.toLocaleString("en-GB")}). ${AGAIN}`;
    }
  }
  if (values.currency && !/^[A-Z]{3}$/.test(values.currency)) {
    return `The default currency in Xero (${values.currency.slice(0, 10)}) is not a three-letter currency code. ${AGAIN}`;
  }
  return null;
}
