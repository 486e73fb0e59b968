import { describe, expect, it } from "vitest";
import { DEMO_FIRM_TENANT_ID } from "../../../../../xero-sandbox/src/sandbox.js";
import type { ClientDetail, ClientList } from "../../../../shared/api/clients.js";
import type { ImportCandidate, ImportRun } from "../../../../shared/api/imports.js";
import { type Agent, setupTestApp } from "../../../test/test-app.js";
import { authorizeXero, enableXero } from "../test/connect-xero.js";
import { addXeroContact, emptyXeroBooks, updateXeroContact } from "../test/xero-books.js";

const t = setupTestApp({ xero: true });

async function connectedFirm() {
  emptyXeroBooks(t.sandbox);
  const owner = await t.signUp();
  await enableXero(t, owner);
  await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
  return owner;
}

async function preview(agent: Agent): Promise<ImportRun> {
  const started = await agent.post<{ id: string }>("/api/integrations/xero/imports");
  expect(started.status).toBe(202);
  await t.jobs.runAll();
  return (await agent.get<ImportRun>(`/api/integrations/xero/imports/${started.body.id}`)).body;
}

async function confirm(agent: Agent, run: ImportRun, body: Record<string, unknown>) {
  const res = await agent.post(`/api/integrations/xero/imports/${run.id}/confirm`, body);
  await t.jobs.runAll();
  return res;
}

const byName = (run: ImportRun, name: string) =>
  run.candidates.find((c) => c.name === name) as ImportCandidate;

describe("what the preview shows to decide on", () => {
  it("gives each contact's e-mail, registry code, VAT number and primary person, and says when only the name matched", async () => {
    const owner = await connectedFirm();
    const kestrel = (await owner.post<ClientDetail>("/api/clients", { name: "Kestrel Cafe Ltd" })).body;
    addXeroContact(t.sandbox, { Name: "Kestrel Cafe Limited" });
    addXeroContact(t.sandbox, {
      Name: "Northwind Bakery Ltd",
      FirstName: "Nora",
      LastName: "Baker",
      EmailAddress: "nora@northwind.example",
      CompanyNumber: "07654321",
      TaxNumber: "GB123456789",
    });

    const run = await preview(owner);
    expect(byName(run, "Northwind Bakery Ltd")).toMatchObject({
      match: "new",
      matchedBy: null,
      email: "nora@northwind.example",
      registryCode: "07654321",
      vatNumber: "GB123456789",
      person: "Nora Baker",
    });
    expect(byName(run, "Kestrel Cafe Limited")).toMatchObject({
      match: "existing",
      matchedBy: "name",
      clientId: kestrel.id,
      email: null,
      person: null,
      changes: [{ field: "name", from: "Kestrel Cafe Ltd", to: "Kestrel Cafe Limited", conflict: false }],
    });
  });
});

describe("a conflict: take Xero's value or keep Kontor's", () => {
  it("takes Xero's value for one field, keeps Kontor's for another, and a kept value stays quiet until Xero's changes", async () => {
    const owner = await connectedFirm();
    const id = addXeroContact(t.sandbox, {
      Name: "Acme Ltd",
      EmailAddress: "old@acme.example",
      CompanyNumber: "123",
    });
    await confirm(owner, await preview(owner), { xeroContactIds: [id] });
    const client = (await owner.get<ClientList>("/api/clients")).body.items[0]!;
    await owner.patch(`/api/clients/${client.id}`, { email: "edited@acme.example", registryCode: "999" });
    updateXeroContact(t.sandbox, id, { EmailAddress: "new@acme.example", CompanyNumber: "456" });

    const second = await preview(owner);
    expect(byName(second, "Acme Ltd").changes).toEqual([
      { field: "registryCode", from: "999", to: "456", conflict: true },
      { field: "email", from: "edited@acme.example", to: "new@acme.example", conflict: true },
    ]);
    // A choice is only for a field in conflict, of a contact being imported.
    const wrong = await owner.post(`/api/integrations/xero/imports/${second.id}/confirm`, {
      xeroContactIds: [id],
      resolutions: [{ xeroContactId: id, field: "phone", take: "xero" }],
    });
    expect(wrong.status).toBe(400);
    const done = await confirm(owner, second, {
      xeroContactIds: [id],
      resolutions: [
        { xeroContactId: id, field: "email", take: "xero" },
        { xeroContactId: id, field: "registryCode", take: "kontor" },
      ],
    });
    expect(done.status).toBe(202);
    const after = (await owner.get<ClientDetail>(`/api/clients/${client.id}`)).body;
    expect(after).toMatchObject({ email: "new@acme.example", registryCode: "999" });

    // Nothing to decide again while Xero keeps the value Kontor's was kept over.
    expect(byName(await preview(owner), "Acme Ltd").changes).toEqual([]);
    const third = await preview(owner);
    await confirm(owner, third, { xeroContactIds: [id] });
    expect(byName(await preview(owner), "Acme Ltd").changes).toEqual([]);

    updateXeroContact(t.sandbox, id, { CompanyNumber: "789" });
    expect(byName(await preview(owner), "Acme Ltd").changes).toEqual([
      { field: "registryCode", from: "999", to: "789", conflict: true },
    ]);
  });
});

describe("discarding an import waiting for review", () => {
  it("drops the preview, changes nothing else, and cannot be done twice or by a member", async () => {
    const owner = await connectedFirm();
    const id = addXeroContact(t.sandbox, { Name: "Acme Ltd" });
    await confirm(owner, await preview(owner), { xeroContactIds: [id] });
    const waiting = await preview(owner);
    const url = `/api/integrations/xero/imports/${waiting.id}/discard`;

    const member = await t.join(owner, "member");
    expect((await member.post(url)).status).toBe(403);
    expect((await owner.post(url)).status).toBe(204);
    expect((await owner.get(`/api/integrations/xero/imports/${waiting.id}`)).status).toBe(404);
    // The import before it is the latest again, and nothing can be confirmed or discarded twice.
    const latest = (await owner.get<ImportRun>("/api/integrations/xero/imports/latest")).body;
    expect(latest).toMatchObject({ status: "done", summary: { created: 1 } });
    expect((await owner.post(url)).status).toBe(404);
    expect((await owner.post(`/api/integrations/xero/imports/${latest.id}/discard`)).status).toBe(409);
    expect((await owner.get<ClientList>("/api/clients")).body.items).toHaveLength(1);
  });
});
