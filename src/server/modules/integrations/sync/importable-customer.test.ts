import { describe, expect, it } from "vitest";
import type { RemoteCustomer } from "../accounting-provider.js";
import { whyNotImportable } from "./importable-customer.js";

const customer = (fields: Partial<RemoteCustomer> = {}): RemoteCustomer => ({
  externalId: "c1",
  name: "Acme Ltd",
  isCustomer: true,
  isSupplier: false,
  shortMark: null,
  registryCode: null,
  vatNumber: null,
  email: null,
  phone: null,
  address: { line1: null, line2: null, city: null, region: null, postalCode: null, country: null },
  currency: null,
  person: null,
  updatedAt: null,
  ...fields,
});

describe("a Xero contact Kontor can take", () => {
  it("takes one within the API's limits", () => {
    expect(
      whyNotImportable(customer({ name: "n".repeat(200), shortMark: "s".repeat(20), currency: "EUR" })),
    ).toBeNull();
  });

  it.each([
    [
      { name: "n".repeat(201) },
      /^The name in Xero is longer than 200 characters \(201\)\. Correct it in Xero/,
    ],
    [{ name: "" }, /^The contact has no name in Xero\./],
    [{ shortMark: "s".repeat(21) }, /^The account number in Xero is longer than 20 characters/],
    [{ email: `${"e".repeat(250)}@x.ee` }, /^The e-mail address in Xero is longer than 254 characters/],
    [
      { address: { ...customer().address, postalCode: "p".repeat(21) } },
      /^The postal code in Xero is longer than 20 characters/,
    ],
    [
      { person: { firstName: "f".repeat(101), lastName: null, email: null, phone: null } },
      /^The contact person's first name in Xero is longer than 100 characters/,
    ],
    [{ currency: "EURO" }, /^The default currency in Xero \(EURO\) is not a three-letter currency code/],
  ])("refuses one with %o, saying why", (fields, reason) => {
    expect(whyNotImportable(customer(fields))).toMatch(reason);
  });
});
