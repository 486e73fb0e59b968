import { describe, expect, it } from "vitest";
import type { RemoteCustomer } from "../accounting-provider.js";
import { type ClientForMatching, matchClients } from "./match-clients.js";
import { normaliseName } from "./normalise-name.js";

function remote(externalId: string, fields: Partial<RemoteCustomer> = {}): RemoteCustomer {
  return {
    externalId,
    name: externalId,
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
  };
}

function client(id: string, fields: Partial<ClientForMatching> = {}): ClientForMatching {
  return { id, name: id, registryCode: null, vatNumber: null, email: null, linkedTo: null, ...fields };
}

describe("normalised names", () => {
  it("ignore case, accents, punctuation and legal forms at either end", () => {
    expect(normaliseName("Päikese Pagar OÜ")).toBe("paikese pagar");
    expect(normaliseName("AS Tallinna Vesi")).toBe("tallinna vesi");
    expect(normaliseName("ACME, Ltd.")).toBe("acme");
    expect(normaliseName("Smith & Sons Limited")).toBe("smith and sons");
    expect(normaliseName("Ltd")).toBe("ltd");
  });
});

describe("matching Xero contacts to Kontor clients", () => {
  it("applies the rules in order: link, registry or VAT number, e-mail, name", () => {
    const clients = [
      client("linked", { linkedTo: "x-link", name: "Completely Different" }),
      client("by-code", { registryCode: "12 345 678" }),
      client("by-vat", { vatNumber: "EE100" }),
      client("by-email", { email: "Info@Mail.ee" }),
      client("by-name", { name: "Northwind Bakery OÜ" }),
    ];
    const result = matchClients(
      [
        remote("x-link", { name: "Northwind Bakery" }),
        remote("x-code", { registryCode: "12345678", email: "info@mail.ee" }),
        remote("x-vat", { vatNumber: "ee-100" }),
        remote("x-email", { email: "info@mail.ee" }),
        remote("x-name", { name: "northwind bakery ltd" }),
        remote("x-new", { name: "Brand New Ltd" }),
      ],
      clients,
    );
    expect(Object.fromEntries(result)).toEqual({
      "x-link": { match: "existing", clientId: "linked", matchedBy: "link" },
      "x-code": { match: "existing", clientId: "by-code", matchedBy: "registry_code" },
      "x-vat": { match: "existing", clientId: "by-vat", matchedBy: "registry_code" },
      "x-email": { match: "existing", clientId: "by-email", matchedBy: "email" },
      "x-name": { match: "existing", clientId: "by-name", matchedBy: "name" },
      "x-new": { match: "new" },
    });
  });

  it("calls it ambiguous when two clients fit, and never offers a client linked to another contact", () => {
    const result = matchClients(
      [remote("x1", { email: "shared@mail.ee" }), remote("x2", { name: "Taken" })],
      [
        client("a", { email: "shared@mail.ee" }),
        client("b", { email: "SHARED@mail.ee" }),
        client("taken", { linkedTo: "x9", name: "Taken" }),
      ],
    );
    expect(result.get("x1")).toMatchObject({
      match: "ambiguous",
      matchedBy: "email",
      candidates: ["a", "b"],
    });
    expect(result.get("x2")).toEqual({ match: "new" });
  });

  it("calls it ambiguous when two contacts fit the same client", () => {
    const result = matchClients(
      [
        remote("x1", { email: "same@mail.ee", name: "One" }),
        remote("x2", { email: "same@mail.ee", name: "Two" }),
      ],
      [client("c", { email: "same@mail.ee" })],
    );
    expect(result.get("x1")).toMatchObject({ match: "ambiguous", candidates: ["c"] });
    expect(result.get("x2")).toMatchObject({ match: "ambiguous", candidates: ["c"] });
  });
});
