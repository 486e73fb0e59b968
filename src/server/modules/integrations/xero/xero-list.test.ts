import { describe, expect, it } from "vitest";
import { createLogger } from "../../../lib/logger.js";
import { IntegrationError } from "../integration-error.js";
import { XeroContact } from "./schemas/contact.js";
import { readXeroList, type XeroListSpec } from "./xero-list.js";

const CONTACTS: XeroListSpec<XeroContact> = {
  collection: "Contacts",
  what: "contacts",
  one: "contact",
  element: XeroContact,
  idField: "ContactID",
  nameField: "Name",
};
const logger = createLogger("silent");
const read = (body: unknown) => readXeroList(body, CONTACTS, logger);
const good = { ContactID: "9b1f0c4e-0000-4000-8000-000000000001", Name: "Good Ltd" };

function failure(body: unknown): IntegrationError {
  try {
    read(body);
  } catch (error) {
    if (error instanceof IntegrationError) return error;
    throw error;
  }
  throw new Error("the answer was read");
}

describe("reading a Xero list answer", () => {
  it.each([
    ["null", null, /with something that is not a list/],
    ["text", "<html>Service Unavailable</html>", /with something that is not a list/],
    ["a bare array", [good], /with something that is not a list/],
    ["a number", 42, /with something that is not a list/],
    ["an envelope without the collection", { Id: "x", Status: "OK" }, /had no contacts in it/],
    ["a null collection", { Status: "OK", Contacts: null }, /had no contacts in it/],
    ["an object for the collection", { Status: "OK", Contacts: { 0: good } }, /had no contacts in it/],
    ["text for the collection", { Contacts: "none" }, /had no contacts in it/],
    [
      "a ValidationException",
      { ErrorNumber: 10, Type: "ValidationException", Message: "A validation exception occurred" },
      /with an error \("A validation exception occurred"\) instead of the list/,
    ],
    [
      "Problem JSON",
      { Title: "Unauthorized", Status: 401, Detail: "AuthenticationUnsuccessful" },
      /with an error \("AuthenticationUnsuccessful"\)/,
    ],
    ["an envelope whose Status is not OK", { Status: "ERROR", Contacts: [good] }, /with an error instead/],
    ["an exception type alone", { Type: "QueryParseException", Contacts: [] }, /with an error instead/],
    [
      "an error with a huge message",
      { ErrorNumber: 16, Message: `x\u0000${"y".repeat(10_000)}` },
      /with an error \("xy{198}…"\)/,
    ],
  ])("fails the step on %s, saying so", (_, body, message) => {
    const error = failure(body);
    expect(error.kind).toBe("bad_response");
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/Nothing was changed; try again later\.$/);
  });

  it.each([
    ["null", null, null, null, "Xero sent something that is not a contact."],
    ["text", "junk", null, null, "Xero sent something that is not a contact."],
    ["a number", 7, null, null, "Xero sent something that is not a contact."],
    ["an array", [good], null, null, "Xero sent something that is not a contact."],
    [
      "no ContactID",
      { Name: "No Id Ltd" },
      null,
      "No Id Ltd",
      "Xero sent this contact without its ContactID.",
    ],
    [
      "a numeric ContactID",
      { ContactID: 5, Name: "Five" },
      null,
      "Five",
      "Xero sent its ContactID in a form Kontor cannot read.",
    ],
    [
      "a ContactID with a space",
      { ContactID: "a b", Name: "Spaced" },
      "a b",
      "Spaced",
      "Xero sent its ContactID in a form Kontor cannot read.",
    ],
    [
      "a ContactID too long to be one",
      { ContactID: "c".repeat(500), Name: "Long Id" },
      null,
      "Long Id",
      "Xero sent its ContactID in a form Kontor cannot read.",
    ],
    ["no Name", { ContactID: "c1" }, "c1", null, "Xero sent this contact without its Name."],
    [
      "a numeric Name",
      { ContactID: "c1", Name: 42 },
      "c1",
      null,
      "Xero sent its Name in a form Kontor cannot read.",
    ],
    [
      "Phones that are not a list",
      { ContactID: "c1", Name: "P", Phones: "none" },
      "c1",
      "P",
      "Xero sent its Phones in a form Kontor cannot read.",
    ],
    [
      "an address line that is not text",
      { ContactID: "c1", Name: "A", Addresses: [{ AddressLine1: { street: 1 } }] },
      "c1",
      "A",
      "Xero sent its Addresses.0.AddressLine1 in a form Kontor cannot read.",
    ],
    [
      "a date Kontor cannot read",
      { ContactID: "c1", Name: "D", UpdatedDateUTC: "yesterday" },
      "c1",
      "D",
      "Xero sent its UpdatedDateUTC in a form Kontor cannot read.",
    ],
    [
      "an e-mail that is not text",
      { ContactID: "c1", Name: "E", EmailAddress: ["a@b.c"] },
      "c1",
      "E",
      "Xero sent its EmailAddress in a form Kontor cannot read.",
    ],
    [
      "a boolean that is not one",
      { ContactID: "c1", Name: "B", IsCustomer: "yes" },
      "c1",
      "B",
      "Xero sent its IsCustomer in a form Kontor cannot read.",
    ],
  ])("refuses a contact with %s, naming it and why, and reads the others", (_, element, id, name, reason) => {
    const page = read({ Status: "OK", Contacts: [good, element] });
    expect(page.items.map((c) => c.Name)).toEqual(["Good Ltd"]);
    expect(page.refused).toEqual([{ externalId: id, name, reason }]);
    expect(page.count).toBe(2);
  });

  it("cleans control characters and broken surrogates out of text, never out of ids", () => {
    const page = read({
      Contacts: [
        {
          ContactID: "c1",
          Name: "Nul\u0000 Ltd\u0007",
          EmailAddress: "a\u001bb@example.com",
          Addresses: [{ AddressLine1: "Line\u0085 one", City: "Tab\tand\nbreak" }],
        },
        { ContactID: "c2", Name: "Half \ud800 pair 😀" },
        { ContactID: "c\u00003", Name: "Nul in id" },
      ],
    });
    expect(page.items.map((c) => [c.ContactID, c.Name])).toEqual([
      ["c1", "Nul Ltd"],
      ["c2", "Half \ufffd pair 😀"],
    ]);
    expect(page.items[0]!.EmailAddress).toBe("ab@example.com");
    expect(page.items[0]!.Addresses![0]).toMatchObject({ AddressLine1: "Line one", City: "Tab\tand\nbreak" });
    expect(page.refused.map((r) => r.name)).toEqual(["Nul in id"]);
  });

  it("reads paging only when it makes sense", () => {
    for (const pagination of [
      { page: 1, pageSize: 1000, pageCount: 1e308, itemCount: 5 },
      { page: "1", pageSize: 1000, pageCount: 2, itemCount: 5 },
      { page: 1, pageSize: 1000, pageCount: -1, itemCount: 5 },
      "two pages",
    ]) {
      expect(read({ Contacts: [good], pagination }).pagination).toBeNull();
    }
    expect(
      read({ Contacts: [good], pagination: { page: 1, pageSize: 1000, pageCount: 2, itemCount: 1001 } })
        .pagination,
    ).toEqual({ page: 1, pageSize: 1000, pageCount: 2, itemCount: 1001 });
  });
});
