import { describe, expect, it } from "vitest";
import { CreateClientBody } from "../../../shared/api/clients.js";
import { emptyClientValues, fieldLabel, fromForm } from "./client-fields.js";

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
