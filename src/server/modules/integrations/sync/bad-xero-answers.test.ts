import { describe, expect, it } from "vitest";
import { DEMO_FIRM_TENANT_ID } from "../../../../../xero-sandbox/src/sandbox.js";
import type { ClientList } from "../../../../shared/api/clients.js";
import type { ImportRun } from "../../../../shared/api/imports.js";
import { type Agent, setupTestApp } from "../../../test/test-app.js";
import { authorizeXero, enableXero } from "../test/connect-xero.js";
import { addXeroContact } from "../test/xero-books.js";

const t = setupTestApp({ xero: true });

async function connectedFirm(contacts = 0) {
  t.sandbox.seed({ profile: "empty", contacts });
  const owner = await t.signUp();
  await enableXero(t, owner);
  await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
  return owner;
}

async function sandbox(path: string, body: unknown) {
  const res = await fetch(`${t.sandbox.url}/__sandbox${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBeLessThan(300);
}

const onContacts = (fault: Record<string, unknown>) =>
  sandbox("/faults", { match: { method: "GET", path: "/Contacts" }, ...fault });

async function preview(agent: Agent): Promise<ImportRun> {
  const started = await agent.post<{ id: string }>("/api/integrations/xero/imports");
  expect(started.status).toBe(202);
  await t.jobs.runAll();
  return (await agent.get<ImportRun>(`/api/integrations/xero/imports/${started.body.id}`)).body;
}

const contactCalls = () => t.xeroCalls.filter((c) => new URL(c.url).pathname.endsWith("/Contacts"));
const activeContacts = () =>
  [...t.sandbox.state.tenants.get(DEMO_FIRM_TENANT_ID)!.contacts.values()].filter(
    (c) => c.ContactStatus === "ACTIVE",
  );

describe("a contact list that Xero answers badly", () => {
  it("fails the preview, saying so, when the answer has no Contacts", async () => {
    const owner = await connectedFirm(20);
    await onContacts({ times: 10, status: 200, body: { Id: "x", Status: "OK", ProviderName: "Kontor" } });
    const run = await preview(owner);
    expect(run.status).toBe("failed");
    expect(run.error).toMatch(/^Xero's answer to the list of contacts had no contacts in it/);
    expect(run.candidates).toEqual([]);
  });

  it("fails the preview, saying so, when Xero answers an error with status 200", async () => {
    const owner = await connectedFirm(20);
    await onContacts({
      times: 10,
      status: 200,
      body: { ErrorNumber: 10, Type: "ValidationException", Message: "A validation exception occurred" },
    });
    const first = await preview(owner);
    expect(first.status).toBe("failed");
    expect(first.error).toMatch(/^Xero answered the list of contacts with an error.*A validation exception/);

    // An error next to an (empty) list is an error too, not an empty list.
    await fetch(`${t.sandbox.url}/__sandbox/faults`, { method: "DELETE" });
    await onContacts({ times: 10, edit: { set: { Status: "ERROR", Contacts: [] } } });
    const second = await preview(owner);
    expect(second.status).toBe("failed");
    expect(second.error).toMatch(/^Xero answered the list of contacts with an error/);
  });

  it("stops at the first short page, however many pages Xero announces", async () => {
    const owner = await connectedFirm(30);
    await onContacts({
      times: 100,
      edit: {
        set: { pagination: { page: 1, pageSize: 1000, pageCount: 1_000_000, itemCount: 999_999_999 } },
      },
    });
    const run = await preview(owner);
    expect(run.status).toBe("ready");
    expect(run.candidates).toHaveLength(activeContacts().length);
    expect(contactCalls()).toHaveLength(1);
  });

  it("stops at an empty page", async () => {
    const owner = await connectedFirm(1100);
    const pagination = { page: 1, pageSize: 1000, pageCount: 50, itemCount: 50_000 };
    await sandbox("/faults", {
      match: { method: "GET", path: "/Contacts", query: { page: "2" } },
      edit: { set: { Contacts: [], pagination } },
    });
    await onContacts({ times: 100, edit: { set: { pagination } } });
    const run = await preview(owner);
    expect(run.status).toBe("ready");
    expect(run.candidates).toHaveLength(1000);
    expect(contactCalls()).toHaveLength(2);
  });

  it("stops rather than spend the organisation's Xero calls for the day", async () => {
    const owner = await connectedFirm(5000);
    await sandbox("/limits", { perDay: 8, resetCounts: true });
    const run = await preview(owner);
    expect(run.status).toBe("failed");
    expect(run.error).toMatch(/calls left today/);
    expect(contactCalls()).toHaveLength(1);
  });

  it("reads a contact that Xero repeats on the next page once", async () => {
    const owner = await connectedFirm(1500);
    const repeated = activeContacts()[0]!;
    await sandbox("/faults", {
      match: { method: "GET", path: "/Contacts", query: { page: "2" } },
      edit: {
        prepend: {
          Contacts: [{ ContactID: repeated.ContactID, Name: repeated.Name, ContactStatus: "ACTIVE" }],
        },
      },
    });
    const run = await preview(owner);
    expect(run.status).toBe("ready");
    const ids = run.candidates.map((c) => c.xeroContactId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(activeContacts().length);
  });

  it("imports the rest when a contact is unreadable, too long or has control characters in it", async () => {
    const owner = await connectedFirm();
    addXeroContact(t.sandbox, { Name: "Good Ltd" });
    const nul = addXeroContact(t.sandbox, {
      Name: "Nul\u0000 Ltd",
      EmailAddress: "ac\u0000counts@nul.example",
      Addresses: [{ AddressType: "STREET", AddressLine1: "1 High\u0007 Street", City: "Leeds" }],
    });
    const long = addXeroContact(t.sandbox, { Name: `Long ${"n".repeat(100_000)}` });
    await onContacts({
      edit: {
        prepend: {
          Contacts: [
            null,
            "junk",
            { Name: "No Id Ltd" },
            { ContactID: "c1", Name: 42 },
            { ContactID: "c2", Name: "Bad Phones Ltd", Phones: "none" },
          ],
        },
      },
    });
    const run = await preview(owner);
    expect(run.status).toBe("ready");
    const byName = new Map(run.candidates.map((c) => [c.name, c]));
    expect(byName.get("Good Ltd")).toMatchObject({ match: "new", outcome: "pending" });
    expect(byName.get("Nul Ltd")).toMatchObject({ xeroContactId: nul, outcome: "pending" });
    const refused = run.candidates.filter((c) => c.outcome === "failed");
    expect(refused.find((c) => c.xeroContactId === long)).toMatchObject({
      reason: expect.stringMatching(/^The name in Xero is longer than 200 characters/),
    });
    expect(refused.find((c) => c.xeroContactId === long)!.name.length).toBeLessThanOrEqual(200);
    expect(refused.map((c) => c.name)).toEqual(expect.arrayContaining(["No Id Ltd", "Bad Phones Ltd"]));
    expect(refused).toHaveLength(6);

    await owner.post(`/api/integrations/xero/imports/${run.id}/confirm`, {
      xeroContactIds: run.candidates.filter((c) => c.outcome === "pending").map((c) => c.xeroContactId),
    });
    await t.jobs.runAll();
    const done = (await owner.get<ImportRun>(`/api/integrations/xero/imports/${run.id}`)).body;
    expect(done.summary).toMatchObject({ created: 2, skipped: 0 });
    expect(done.summary!.failed).toHaveLength(6);
    expect(done.summary!.failed.find((f) => f.xeroContactId === long)?.reason).toMatch(
      /longer than 200 characters/,
    );
    const clients = (await owner.get<ClientList>("/api/clients")).body.items;
    expect(clients.map((c) => c.name).sort()).toEqual(["Good Ltd", "Nul Ltd"]);
    const cleaned = clients.find((c) => c.name === "Nul Ltd")!;
    expect(cleaned.email).toBe("accounts@nul.example");
    expect(cleaned.address.line1).toBe("1 High Street");
  });
});
