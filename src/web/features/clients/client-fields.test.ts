import { describe, expect, it } from "vitest";
import { CreateClientBody } from "../../../shared/api/clients.js";
import { editClientSchema, emptyClientValues, fieldLabel, fromForm } from "./client-fields.js";

describe("client fields in words", () => {
  it("names the fields an import changes", () => {
    expect(fieldLabel("vatNumber")).toBe("VAT number");
    expect(fieldLabel("address.postalCode")).toBe("Postal code");
    expect(fieldLabel("primaryPerson.email")).toBe("Primary person's e-mail");
  });

  it("puts a field it does not know in words rather than showing its code", () => {
    expect(fieldLabel("billingAddress.streetName")).toBe("Billing address, street name");
  });
});

describe("the client form", () => {
  it("sends the address as an object and empty fields as nothing", () => {
    const values = { ...emptyClientValues(), name: " Acme OÜ ", "address.city": "Tallinn", currency: "eur" };
    const parsed = fromForm(CreateClientBody).parse(values);
    expect(parsed.name).toBe("Acme OÜ");
    expect(parsed.address?.city).toBe("Tallinn");
    expect(parsed.address?.line1).toBeNull();
    expect(parsed.currency).toBe("EUR");
    expect(parsed.email).toBeNull();
  });

  it("names a nested field's problem by its path, as the server does", () => {
    const values = { ...emptyClientValues(), name: "Acme", "address.postalCode": "x".repeat(21) };
    const result = fromForm(CreateClientBody).safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join(".")).toBe("address.postalCode");
  });
});

describe("the card's edit form", () => {
  const saved = { ...emptyClientValues(), name: "Old Data", phone: "12", "address.country": "Estonia" };

  it("sends only what changed, so data saved before the checks does not stop a save", () => {
    const parsed = editClientSchema(saved).parse({ ...saved, name: "Old Data OÜ" });
    expect(parsed).toEqual({ name: "Old Data OÜ" });
  });

  it("checks a changed phone or VAT number against the form's country, as the server does", () => {
    const result = editClientSchema(saved).safeParse({ ...saved, phone: "1", vatNumber: "EE1" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      [
        "phone",
        "This is not a valid phone number in Estonia. Check it, or write it with its country code (e.g. +44 20 7946 0958).",
      ],
      ["vatNumber", "Check the VAT number. A VAT number of Estonia is EE and 9 digits, e.g. EE101234567."],
    ]);
    expect(editClientSchema(saved).parse({ ...saved, phone: "5551 2345" })).toEqual({ phone: "5551 2345" });
  });
});
