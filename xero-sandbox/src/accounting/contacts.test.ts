import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../sandbox.js";
import { DEMO_FIRM_TENANT_ID } from "../seed/fixed-ids.js";
import { type AccountingClient, accountingClient, rows, startTestSandbox } from "../testing/harness.js";

type Row = Record<string, unknown>;
type Contacts = { Contacts: Row[]; pagination?: Row };
type Failure = { Type: string; Elements: Array<{ ValidationErrors: Array<{ Message: string }> }> };

describe("contacts", () => {
  let sandbox: Sandbox;
  let api: AccountingClient;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = accountingClient(sandbox, (await sandbox.connect()).access_token, DEMO_FIRM_TENANT_ID);
  });
  afterAll(() => sandbox.close());

  it("pages with pageSize, reports pagination and leaves out archived contacts unless asked", async () => {
    const all = (await api.get<Contacts>("/Contacts?includeArchived=true")).body.Contacts;
    const active = all.filter((c) => c.ContactStatus === "ACTIVE");
    const first = await api.get<Contacts>("/Contacts?page=1&pageSize=25");
    expect(first.body.pagination).toEqual({
      page: 1,
      pageSize: 25,
      pageCount: Math.ceil(active.length / 25),
      itemCount: active.length,
    });
    expect(first.body.Contacts).toHaveLength(25);
    const last = await api.get<Contacts>(`/Contacts?page=${Math.ceil(active.length / 25)}&pageSize=25`);
    expect(last.body.Contacts.length).toBe(active.length % 25 || 25);
    const beyond = await api.get<Contacts>("/Contacts?page=99&pageSize=25");
    expect(beyond.body.Contacts).toEqual([]);
    expect((await api.get<Contacts>("/Contacts?page=1&pageSize=5000")).body.pagination?.pageSize).toBe(1000);
    expect((await api.get<Contacts>("/Contacts?page=1")).body.pagination?.pageSize).toBe(100);
    expect(all.length - active.length).toBeGreaterThanOrEqual(3);
  });

  it("always lists both address types and all four phone types, and persons and balances when paged", async () => {
    const contact = (await api.get<Contacts>("/Contacts?page=1&pageSize=1")).body.Contacts[0];
    expect(rows(contact?.Addresses).map((a) => a.AddressType)).toEqual(["POBOX", "STREET"]);
    expect(rows(contact?.Phones).map((p) => p.PhoneType)).toEqual(["DDI", "DEFAULT", "FAX", "MOBILE"]);
    expect(contact?.Balances).toMatchObject({ AccountsReceivable: { Outstanding: expect.any(Number) } });
    const summary = (await api.get<Contacts>("/Contacts?page=1&pageSize=1&summaryOnly=true")).body
      .Contacts[0];
    expect(summary?.Addresses).toBeUndefined();
    expect(summary?.ContactPersons).toBeUndefined();
    expect(summary?.Name).toBe(contact?.Name);
  });

  it("filters by IDs, where, searchTerm and orders", async () => {
    const all = (await api.get<Contacts>("/Contacts")).body.Contacts;
    const ids = all.slice(2, 5).map((c) => String(c.ContactID));
    const byIds = await api.get<Contacts>(`/Contacts?IDs=${ids.join(",")}`);
    expect(byIds.body.Contacts.map((c) => c.ContactID)).toEqual(ids);
    const name = String(all[3]?.Name);
    const where = await api.get<Contacts>(
      `/Contacts?where=${encodeURIComponent(`Name=="${name.toUpperCase()}"`)}`,
    );
    expect(where.body.Contacts.map((c) => c.Name)).toEqual([name]);
    const search = await api.get<Contacts>(
      `/Contacts?searchTerm=${encodeURIComponent(name.slice(0, 6).toLowerCase())}`,
    );
    expect(search.body.Contacts.map((c) => c.Name)).toContain(name);
    const ordered = (await api.get<Contacts>("/Contacts?order=Name%20DESC")).body.Contacts.map((c) =>
      String(c.Name),
    );
    expect(ordered).toEqual([...ordered].sort((a, b) => b.toLowerCase().localeCompare(a.toLowerCase())));
    const bad = await api.get<Row>(`/Contacts?where=${encodeURIComponent('Colour=="red"')}`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ Type: "QueryParseException" });
  });

  it("with summaryOnly leaves out the heavy parts of every contact, paged or not", async () => {
    const summary = (await api.get<Contacts>("/Contacts?summaryOnly=true")).body.Contacts;
    expect(summary.length).toBeGreaterThan(50);
    for (const contact of summary) {
      expect(contact.ContactID).toEqual(expect.any(String));
      expect(contact.Name).toEqual(expect.any(String));
      expect(contact.Addresses).toBeUndefined();
      expect(contact.Phones).toBeUndefined();
      expect(contact.ContactPersons).toBeUndefined();
      expect(contact.Balances).toBeUndefined();
    }
  });

  it("with If-Modified-Since answers only contacts changed at or after that instant", async () => {
    const since = new Date(sandbox.now()).toUTCString();
    expect((await api.get<Contacts>("/Contacts", { "If-Modified-Since": since })).body.Contacts).toEqual([]);
    sandbox.advanceClock(5);
    const created = await api.put<Contacts>("/Contacts", { Contacts: [{ Name: "Fresh Start Ltd" }] });
    expect(created.status).toBe(200);
    const changed = await api.get<Contacts>("/Contacts?page=1", { "If-Modified-Since": since });
    expect(changed.body.Contacts.map((c) => c.Name)).toEqual(["Fresh Start Ltd"]);
    const iso = new Date(sandbox.now() + 1000).toISOString().replace("Z", "");
    expect((await api.get<Contacts>("/Contacts", { "If-Modified-Since": iso })).body.Contacts).toEqual([]);
    // Accurate to the second, as Xero documents: a change at 09:30:05.000 is "since 09:30:05.400".
    const withMs = new Date(sandbox.now() + 400).toISOString();
    expect(
      (await api.get<Contacts>("/Contacts", { "If-Modified-Since": withMs })).body.Contacts.map(
        (c) => c.Name,
      ),
    ).toEqual(["Fresh Start Ltd"]);
  });

  it("finds contacts by IDs (archived ones only with includeArchived) and by ContactNumber", async () => {
    const all = (await api.get<Contacts>("/Contacts?includeArchived=true")).body.Contacts;
    const archived = all.find((c) => c.ContactStatus === "ARCHIVED");
    const active = all.find((c) => c.ContactStatus === "ACTIVE");
    const ids = `${String(active?.ContactID)},${String(archived?.ContactID)}`;
    expect((await api.get<Contacts>(`/Contacts?IDs=${ids}`)).body.Contacts.map((c) => c.ContactID)).toEqual([
      active?.ContactID,
    ]);
    expect(
      (await api.get<Contacts>(`/Contacts?IDs=${ids}&includeArchived=true`)).body.Contacts.map(
        (c) => c.ContactID,
      ),
    ).toEqual([active?.ContactID, archived?.ContactID]);
    const numbered = await api.put<Contacts>("/Contacts", {
      Contacts: [{ Name: "Numbered Ltd", ContactNumber: "NUM-42" }],
    });
    const byNumber = await api.get<Contacts>("/Contacts/NUM-42");
    expect(byNumber.body.Contacts.map((c) => c.ContactID)).toEqual([numbered.body.Contacts[0]?.ContactID]);
    expect((await api.get("/Contacts/NUM-43")).status).toBe(404);
  });

  it("creates and updates contacts, merging addresses by type and keeping names unique", async () => {
    const created = await api.put<Contacts>("/Contacts", {
      Contacts: [
        {
          Name: "Merge Test Ltd",
          EmailAddress: "ap@merge.example",
          Addresses: [{ AddressType: "STREET", AddressLine1: "1 Old Road", City: "York" }],
          Phones: [{ PhoneType: "DEFAULT", PhoneNumber: "111 2222", PhoneAreaCode: "01904" }],
          IsCustomer: true,
        },
      ],
    });
    const contact = created.body.Contacts[0];
    expect(contact).toMatchObject({
      ContactStatus: "ACTIVE",
      IsCustomer: false,
      StatusAttributeString: "OK",
    });
    const id = String(contact?.ContactID);
    const duplicate = await api.put<Failure>("/Contacts", { Contacts: [{ Name: "merge test ltd" }] });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.Elements[0]?.ValidationErrors[0]?.Message).toMatch(
      /already assigned to another contact/,
    );
    const updated = await api.post<Contacts>(`/Contacts/${id}`, {
      Contacts: [
        { Addresses: [{ AddressType: "POBOX", AddressLine1: "PO Box 9" }], ContactStatus: "ARCHIVED" },
      ],
    });
    const after = updated.body.Contacts[0];
    expect(after?.ContactStatus).toBe("ARCHIVED");
    expect(rows(after?.Addresses).find((a) => a.AddressType === "STREET")).toMatchObject({
      AddressLine1: "1 Old Road",
    });
    expect(rows(after?.Addresses).find((a) => a.AddressType === "POBOX")).toMatchObject({
      AddressLine1: "PO Box 9",
    });
    // Names are unique across active contacts only: the archived contact's name can be used again,
    // but the archived contact cannot come back while an active one holds its name.
    const reused = await api.put<Contacts>("/Contacts", { Contacts: [{ Name: "Merge Test Ltd" }] });
    expect(reused.status).toBe(200);
    const restore = await api.post<Failure>(`/Contacts/${id}`, { Contacts: [{ ContactStatus: "ACTIVE" }] });
    expect(restore.status).toBe(400);
    expect(restore.body.Elements[0]?.ValidationErrors[0]?.Message).toMatch(
      /unique across all active contacts/,
    );
    const byName = await api.get<Contacts>(`/Contacts?where=${encodeURIComponent('Name=="Merge Test Ltd"')}`);
    expect(byName.body.Contacts.map((c) => c.ContactID)).toEqual([reused.body.Contacts[0]?.ContactID]);
    const badEmail = await api.put<Failure>("/Contacts?summarizeErrors=false", {
      Contacts: [{ Name: "Bad Mail Ltd", EmailAddress: "nope" }],
    });
    expect(badEmail.status).toBe(200);
    expect(badEmail.body).toMatchObject({
      Contacts: [{ HasValidationErrors: true, StatusAttributeString: "ERROR" }],
    });
  });
});
