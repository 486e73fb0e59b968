import { describe, expect, it } from "vitest";
import { DEMO_FIRM_TENANT_ID } from "../../../../../xero-sandbox/src/sandbox.js";
import type { ClientDetail, ClientList } from "../../../../shared/api/clients.js";
import type { ErrorBody } from "../../../../shared/api/common.js";
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
  const run = await agent.get<ImportRun>(`/api/integrations/xero/imports/${started.body.id}`);
  expect(run.body.status).toBe("ready");
  return run.body;
}

async function confirm(agent: Agent, run: ImportRun, ids: string[]): Promise<ImportRun> {
  expect(
    (await agent.post(`/api/integrations/xero/imports/${run.id}/confirm`, { xeroContactIds: ids })).status,
  ).toBe(202);
  await t.jobs.runAll();
  return (await agent.get<ImportRun>(`/api/integrations/xero/imports/${run.id}`)).body;
}

const byName = (run: ImportRun, name: string) =>
  run.candidates.find((c) => c.name === name) as ImportCandidate;

describe("importing clients from Xero", () => {
  it("previews new and existing clients, imports the selection with the primary person only, and sums it up", async () => {
    const owner = await connectedFirm();
    const existing = (
      await owner.post<ClientDetail>("/api/clients", { name: "Harbour Dental", email: "old@harbour.example" })
    ).body;
    addXeroContact(t.sandbox, {
      Name: "Harbour Dental Ltd",
      CompanyNumber: "07654321",
      EmailAddress: "old@harbour.example",
      Phones: [
        { PhoneType: "DEFAULT", PhoneNumber: "555 0101", PhoneAreaCode: "020", PhoneCountryCode: "44" },
      ],
    });
    addXeroContact(t.sandbox, {
      Name: "Northwind Bakery Ltd",
      FirstName: "Nora",
      LastName: "Baker",
      EmailAddress: "nora@northwind.example",
      TaxNumber: "GB123456789",
      DefaultCurrency: "GBP",
      Addresses: [
        { AddressType: "POBOX", AddressLine1: "PO Box 12", City: "Leeds" },
        {
          AddressType: "STREET",
          AddressLine1: "1 Mill Lane",
          AddressLine2: "Unit 4",
          City: "York",
          PostalCode: "YO1 7HH",
          Country: "United Kingdom",
        },
      ],
      ContactPersons: [
        {
          FirstName: "Extra",
          LastName: "Person",
          EmailAddress: "extra@northwind.example",
          IncludeInEmails: true,
        },
      ],
    });
    addXeroContact(t.sandbox, { Name: "Not Chosen Ltd" });
    addXeroContact(t.sandbox, { Name: "Gone Ltd", ContactStatus: "ARCHIVED" });

    const run = await preview(owner);
    expect(run.candidates.map((c) => c.name).sort()).toEqual([
      "Harbour Dental Ltd",
      "Northwind Bakery Ltd",
      "Not Chosen Ltd",
    ]);
    const harbour = byName(run, "Harbour Dental Ltd");
    expect(harbour).toMatchObject({ match: "existing", matchedBy: "email", clientId: existing.id });
    expect(harbour.changes).toEqual(
      expect.arrayContaining([
        { field: "name", from: "Harbour Dental", to: "Harbour Dental Ltd", conflict: false },
        { field: "registryCode", from: null, to: "07654321", conflict: false },
        { field: "phone", from: null, to: "+44 020 555 0101", conflict: false },
      ]),
    );
    expect(byName(run, "Northwind Bakery Ltd")).toMatchObject({ match: "new", changes: [] });

    const done = await confirm(owner, run, [
      harbour.xeroContactId,
      byName(run, "Northwind Bakery Ltd").xeroContactId,
    ]);
    expect(done.status).toBe("done");
    expect(done.summary).toEqual({ created: 1, updated: 1, unchanged: 0, skipped: 1, failed: [] });

    const imported = await owner.get<ClientList>(`/api/clients?importId=${run.id}`);
    expect(imported.body.items.map((c) => c.name)).toEqual(["Harbour Dental Ltd", "Northwind Bakery Ltd"]);
    expect(imported.body.items.every((c) => c.xero !== null)).toBe(true);
    const northwind = (await owner.get<ClientDetail>(`/api/clients/${imported.body.items[1]!.id}`)).body;
    expect(northwind).toMatchObject({
      vatNumber: "GB123456789",
      currency: "GBP",
      email: "nora@northwind.example",
      address: { line1: "1 Mill Lane", line2: "Unit 4", city: "York", postalCode: "YO1 7HH" },
    });
    expect(northwind.contacts).toEqual([
      expect.objectContaining({
        firstName: "Nora",
        lastName: "Baker",
        email: "nora@northwind.example",
        primary: true,
      }),
    ]);
    // The last import stays viewable.
    expect((await owner.get<ImportRun>("/api/integrations/xero/imports/latest")).body.summary?.created).toBe(
      1,
    );
  });

  it("matches on each rule in order, and shows ambiguous matches without merging", async () => {
    const owner = await connectedFirm();
    const make = async (body: Record<string, unknown>) =>
      (await owner.post<ClientDetail>("/api/clients", body)).body.id;
    const byCode = await make({ name: "Code Holder", registryCode: "11111111" });
    const byVat = await make({ name: "Vat Holder", vatNumber: "GB999999973" });
    const byEmail = await make({ name: "Mail Holder", email: "mail@example.com" });
    const byName = await make({ name: "Päikese Pagar" });
    await make({ name: "Twin One", email: "twin@example.com" });
    await make({ name: "Twin Two", email: "twin@example.com" });
    addXeroContact(t.sandbox, {
      Name: "X code",
      CompanyNumber: "1111 1111",
      EmailAddress: "mail@example.com",
    });
    addXeroContact(t.sandbox, { Name: "X vat", TaxNumber: "gb 999 9999 73" });
    addXeroContact(t.sandbox, { Name: "X mail", EmailAddress: "MAIL@example.com" });
    addXeroContact(t.sandbox, { Name: "Paikese Pagar OÜ" });
    addXeroContact(t.sandbox, { Name: "X twin", EmailAddress: "twin@example.com" });

    const run = await preview(owner);
    const m = (name: string) => {
      const c = run.candidates.find((x) => x.name === name)!;
      return [c.match, c.matchedBy, c.clientId ?? null];
    };
    expect(m("X code")).toEqual(["existing", "registry_code", byCode]);
    expect(m("X vat")).toEqual(["existing", "registry_code", byVat]);
    expect(m("X mail")).toEqual(["existing", "email", byEmail]);
    expect(m("Paikese Pagar OÜ")).toEqual(["existing", "name", byName]);
    const twin = run.candidates.find((x) => x.name === "X twin")!;
    expect(twin.match).toBe("ambiguous");
    expect(twin.ambiguousWith?.map((a) => a.name).sort()).toEqual(["Twin One", "Twin Two"]);

    const done = await confirm(
      owner,
      run,
      run.candidates.map((c) => c.xeroContactId),
    );
    expect(done.summary?.failed).toEqual([
      {
        xeroContactId: twin.xeroContactId,
        name: "X twin",
        reason: expect.stringMatching(/Twin One, Twin Two.*Choose the matching client in the preview/),
      },
    ]);
    const twins = await owner.get<ClientList>("/api/clients?q=twin");
    expect(twins.body.items.map((c) => [c.name, c.xero])).toEqual([
      ["Twin One", null],
      ["Twin Two", null],
    ]);
  });

  it("shows supplier-only contacts apart, and re-importing unchanged data writes nothing", async () => {
    const owner = await connectedFirm();
    addXeroContact(t.sandbox, { Name: "Customer Ltd", EmailAddress: "c@example.com" });
    addXeroContact(t.sandbox, { Name: "Paper Supplies Ltd", IsSupplier: true, IsCustomer: false });
    const first = await preview(owner);
    expect(byName(first, "Paper Supplies Ltd").supplierOnly).toBe(true);
    expect(byName(first, "Customer Ltd").supplierOnly).toBe(false);
    await confirm(owner, first, [byName(first, "Customer Ltd").xeroContactId]);
    const before = (await owner.get<ClientList>("/api/clients")).body.items[0]!;

    t.advance(60);
    const second = await preview(owner);
    expect(byName(second, "Customer Ltd")).toMatchObject({
      match: "existing",
      matchedBy: "link",
      changes: [],
    });
    const done = await confirm(owner, second, [byName(second, "Customer Ltd").xeroContactId]);
    expect(done.summary).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect((await owner.get<ClientList>("/api/clients")).body.items[0]!.updatedAt).toBe(before.updatedAt);
  });

  it("shows a field edited in Kontor since the last import as a conflict, and keeps Kontor's value", async () => {
    const owner = await connectedFirm();
    const id = addXeroContact(t.sandbox, {
      Name: "Acme Ltd",
      EmailAddress: "old@acme.example",
      CompanyNumber: "123",
    });
    const first = await preview(owner);
    await confirm(owner, first, [id]);
    const client = (await owner.get<ClientList>("/api/clients")).body.items[0]!;
    await owner.patch(`/api/clients/${client.id}`, { email: "edited@acme.example" });
    updateXeroContact(t.sandbox, id, { EmailAddress: "new@acme.example", CompanyNumber: "456" });

    const second = await preview(owner);
    expect(byName(second, "Acme Ltd").changes).toEqual([
      { field: "registryCode", from: "123", to: "456", conflict: false },
      { field: "email", from: "edited@acme.example", to: "new@acme.example", conflict: true },
    ]);
    const done = await confirm(owner, second, [id]);
    expect(done.summary?.updated).toBe(1);
    const after = (await owner.get<ClientDetail>(`/api/clients/${client.id}`)).body;
    expect(after.email).toBe("edited@acme.example");
    expect(after.registryCode).toBe("456");
  });

  it("refuses a confirmation with contacts not in the preview, and only lets the Owner or an Admin import", async () => {
    const owner = await connectedFirm();
    addXeroContact(t.sandbox, { Name: "A Ltd" });
    const run = await preview(owner);
    const bad = await owner.post<ErrorBody>(`/api/integrations/xero/imports/${run.id}/confirm`, {
      xeroContactIds: ["nope"],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([
      { field: "xeroContactIds", message: "Not in the preview: nope" },
    ]);
    const member = await t.join(owner, "member");
    expect((await member.post("/api/integrations/xero/imports")).status).toBe(403);
    expect(
      (await member.post(`/api/integrations/xero/imports/${run.id}/confirm`, { xeroContactIds: [] })).status,
    ).toBe(403);
    expect((await member.get<ImportRun>(`/api/integrations/xero/imports/${run.id}`)).status).toBe(200);
  });

  it("says what to do when no billing organisation is connected", async () => {
    const owner = await t.signUp();
    await enableXero(t, owner);
    const res = await owner.post<ErrorBody>("/api/integrations/xero/imports");
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/Connect to Xero and choose the billing organisation/);
  });
});

describe("two imports of one company", () => {
  it("run one after the other: the later one waits for the earlier to finish", async () => {
    const owner = await connectedFirm();
    addXeroContact(t.sandbox, { Name: "Waiting Ltd" });
    const first = await preview(owner);
    await owner.post(`/api/integrations/xero/imports/${first.id}/confirm`, {
      xeroContactIds: [first.candidates[0]!.xeroContactId],
    });
    t.advance(1);
    const second = (await owner.post<{ id: string }>("/api/integrations/xero/imports")).body.id;
    // The later run's job is picked up first; it must give way to the earlier, still importing.
    t.jobs.queued.reverse();
    await t.jobs.runAll();
    const [a, b] = await Promise.all([
      owner.get<ImportRun>(`/api/integrations/xero/imports/${first.id}`),
      owner.get<ImportRun>(`/api/integrations/xero/imports/${second}`),
    ]);
    expect(a.body.status).toBe("done");
    expect(b.body.status).toBe("ready");
    expect(byName(b.body, "Waiting Ltd")).toMatchObject({ match: "existing", matchedBy: "link" });
  });
});
