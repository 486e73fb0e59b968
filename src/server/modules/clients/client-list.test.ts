import { describe, expect, it, vi } from "vitest";
import type { ClientContact, ClientDetail, ClientList } from "../../../shared/api/clients.js";
import { type Agent, setupTestApp } from "../../test/test-app.js";

const t = setupTestApp();

async function create(agent: Agent, body: Record<string, unknown>) {
  const res = await agent.post<ClientDetail>("/api/clients", body);
  expect(res.status).toBe(201);
  return res.body;
}

const list = async (agent: Agent, query: string) =>
  (await agent.get<ClientList>(`/api/clients?${query}`)).body;

/** A change made beside the API, as another Kontor process or the import job would make it. */
async function linkToXero(companyId: string, clientId: string, contactId: string) {
  await t.database.executeSql(
    `insert into sync_records (company_id, provider, organisation_id, entity, local_id, remote_id, synced_at)
     values ($1, 'xero', 'org-1', 'client', $2, $3, now())`,
    [companyId, clientId, contactId],
  );
}

describe("the client list", () => {
  it("shows each client as its card does: every field, the Xero link and the primary person", async () => {
    const owner = await t.signUp();
    const full = await create(owner, {
      name: "Päikese Pagar OÜ",
      shortMark: "PP",
      registryCode: "12345678",
      vatNumber: "EE101234567",
      email: "info@paike.ee",
      phone: "+372 555 1234",
      address: {
        line1: "Mere 1",
        line2: "B",
        city: "Tallinn",
        region: "Harju",
        postalCode: "10111",
        country: "EE",
      },
      currency: "EUR",
      notes: "Year end in June.",
    });
    await owner.post<ClientContact>(`/api/clients/${full.id}/contacts`, {
      firstName: "Mari",
      lastName: "Maasikas",
      email: "mari@paike.ee",
      phone: "+372 5551 2345",
      role: "CEO",
    });
    const bare = await create(owner, { name: "Bare" });
    await owner.patch(`/api/clients/${bare.id}`, { archived: true });
    await linkToXero(owner.me.company.id, full.id, "xero-contact-1");

    const { items } = await list(owner, "status=all");
    expect(items).toHaveLength(2);
    for (const item of items) {
      const { contacts: _, ...card } = (await owner.get<ClientDetail>(`/api/clients/${item.id}`)).body;
      expect(item).toEqual(card);
    }
    expect(items.find((c) => c.id === full.id)).toMatchObject({
      xero: { contactId: "xero-contact-1" },
      primaryPerson: { firstName: "Mari", role: "CEO", primary: true },
    });
    expect(items.find((c) => c.id === bare.id)).toMatchObject({
      archived: true,
      xero: null,
      primaryPerson: null,
    });
  });

  it("keeps a search's total right through every change, made through the API or beside it", async () => {
    const owner = await t.signUp();
    const companyId = owner.me.company.id;
    const [a] = [await create(owner, { name: "Alpha Bakery" }), await create(owner, { name: "Beta Bakery" })];
    const totals = async (query: string) => (await list(owner, `pageSize=1&${query}`)).total;
    expect(await totals("q=bakery")).toBe(2);
    expect(await totals("q=bakery&page=2")).toBe(2);

    await create(owner, { name: "Gamma Bakery" });
    expect(await totals("q=bakery")).toBe(3);
    await owner.patch(`/api/clients/${a!.id}`, { archived: true });
    expect(await totals("q=bakery")).toBe(2);
    expect(await totals("q=bakery&status=archived")).toBe(1);
    expect(await totals("xero=linked")).toBe(0);

    // On a PostgreSQL server the news comes over another connection, a moment after the commit.
    await t.database.executeSql(
      "insert into clients (company_id, name) values ($1, 'Delta Bakery'), ($1, 'Epsilon Bakery')",
      [companyId],
    );
    await vi.waitFor(async () => expect(await totals("q=bakery")).toBe(4), { timeout: 5000, interval: 20 });
    await linkToXero(companyId, a!.id, "xero-contact-1");
    await vi.waitFor(async () => expect(await totals("xero=linked&status=all")).toBe(1), {
      timeout: 5000,
      interval: 20,
    });
    await t.database.executeSql("delete from clients where company_id = $1 and name like 'Delta%'", [
      companyId,
    ]);
    await vi.waitFor(async () => expect(await totals("q=bakery")).toBe(3), { timeout: 5000, interval: 20 });
  });

  it("finds a word anywhere in the name, codes or e-mail, with the search index as without it", async () => {
    const owner = await t.signUp();
    for (let i = 0; i < 30; i++) await create(owner, { name: `Client ${i}`, email: `c${i}@firm${i % 3}.ee` });
    await create(owner, { name: "Kivi ja Puu AS", registryCode: "RK-7788" });
    // Sure to use the trigram index, as a large register would.
    await t.database.executeSql("analyze clients");
    const names = async (q: string) => (await list(owner, `q=${q}&pageSize=100`)).items.map((c) => c.name);
    expect(await names("puu")).toEqual(["Kivi ja Puu AS"]);
    expect(await names("rk-77")).toEqual(["Kivi ja Puu AS"]);
    expect((await names("firm2.ee")).length).toBe(10);
    expect(await names("client%201")).toEqual(expect.arrayContaining(["Client 1", "Client 10", "Client 19"]));
    expect(await names("zz")).toEqual([]);
  });

  it("finds a client by its people's names and e-mails, kept up to date as people change", async () => {
    const owner = await t.signUp();
    const redwood = await create(owner, { name: "Redwood Wines Ltd" });
    await create(owner, { name: "Kestrel Cafe" });
    const path = `/api/clients/${redwood.id}/contacts`;
    const mari = (await owner.post<ClientContact>(path, { firstName: "Mari", lastName: "Maasikas" })).body;
    await owner.post(path, { firstName: "Jaan", email: "jaan.tamm@redwood.example" });
    await t.database.executeSql("analyze clients");
    const names = async (q: string) => (await list(owner, `q=${q}`)).items.map((c) => c.name);
    expect(await names("maasikas")).toEqual(["Redwood Wines Ltd"]);
    expect(await names("jaan.tamm@")).toEqual(["Redwood Wines Ltd"]);
    expect(await names("mari%20wines")).toEqual(["Redwood Wines Ltd"]);

    await owner.patch(`${path}/${mari.id}`, { lastName: "Kask" });
    expect(await names("maasikas")).toEqual([]);
    expect(await names("kask")).toEqual(["Redwood Wines Ltd"]);
    await owner.delete(`${path}/${mari.id}`);
    expect(await names("kask")).toEqual([]);
    // Written beside the API, as an import writes people.
    await t.database.executeSql(
      `insert into client_contacts (company_id, client_id, first_name, is_primary)
       select company_id, id, 'Ülle', false from clients where name = 'Kestrel Cafe'`,
    );
    await vi.waitFor(async () => expect(await names("ülle")).toEqual(["Kestrel Cafe"]), {
      timeout: 5000,
      interval: 20,
    });
  });
});
