import { describe, expect, it } from "vitest";
import { toRemoteCustomer } from "./contact-mapping.js";
import type { XeroContact } from "./schemas/contact.js";

const contact = (over: Partial<XeroContact>): XeroContact => ({
  ContactID: "7c1a2b3c-0000-4000-8000-000000000001",
  Name: "Redwood Wines Ltd",
  ...over,
});

describe("a Xero contact in Kontor's words", () => {
  it("writes a phone number as Kontor does, and keeps one it cannot read as Xero has it", () => {
    const phone = (phones: XeroContact["Phones"], country?: string) =>
      toRemoteCustomer(
        contact({ Phones: phones, Addresses: country ? [{ AddressType: "STREET", Country: country }] : [] }),
      ).phone;
    expect(
      phone([{ PhoneType: "DEFAULT", PhoneCountryCode: "44", PhoneAreaCode: "20", PhoneNumber: "79460958" }]),
    ).toBe("+44 20 7946 0958");
    // No country code in Xero: the contact's country is the default region.
    expect(phone([{ PhoneType: "DEFAULT", PhoneNumber: "5551 2345" }], "Estonia")).toBe("+372 5551 2345");
    // Not a number Kontor can read: imported as it is, never refused.
    expect(phone([{ PhoneType: "DEFAULT", PhoneNumber: "ask for Mari" }], "Estonia")).toBe("ask for Mari");
    expect(phone([{ PhoneType: "DEFAULT", PhoneNumber: "5551 2345" }])).toBe("5551 2345");
  });

  it("keeps a VAT number and a currency as Xero has them, whatever their format", () => {
    const remote = toRemoteCustomer(contact({ TaxNumber: "DE 12", DefaultCurrency: "xyz" }));
    expect(remote).toMatchObject({ vatNumber: "DE 12", currency: "XYZ" });
  });
});
