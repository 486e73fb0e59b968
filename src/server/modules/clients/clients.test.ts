import { describe, expect, it } from "vitest";
import type { ClientContact, ClientDetail, ClientList } from "../../../shared/api/clients.js";
import type { ErrorBody } from "../../../shared/api/common.js";
import { type Agent, setupTestApp } from "../../test/test-app.js";

const t = setupTestApp();

async function create(agent: Agent, body: Record<string, unknown>) {
  const res = await agent.post<ClientDetail>("/api/clients", body);
  expect(res.status).toBe(201);
  return res.body;
}

describe("the client card", () => {
  it("creates, shows and edits a client with every field", async () => {
    const owner = await t.signUp();
    const client = await create(owner, {
      name: "Päikese Pagar OÜ",
      shortMark: "PP",
      registryCode: "12345678",
      vatNumber: "EE101234567",
      email: "Info@Paike.ee",
      phone: "+372 555 1234",
      address: { line1: "Mere 1", city: "Tallinn", postalCode: "10111", country: "Estonia" },
      currency: "eur",
      notes: "Year end in June.",
    });
    expect(client).toMatchObject({
      name: "Päikese Pagar OÜ",
      email: "info@paike.ee",
      currency: "EUR",
      address: { line1: "Mere 1", line2: null, city: "Tallinn", postalCode: "10111", country: "Estonia" },
      archived: false,
      xero: null,
      contacts: [],
      primaryPerson: null,
    });
    const edited = await owner.patch<ClientDetail>(`/api/clients/${client.id}`, {
      email: "",
      address: { city: "Tartu" },
    });
    expect(edited.body.email).toBeNull();
    expect(edited.body.address).toMatchObject({ line1: "Mere 1", city: "Tartu" });
    expect((await owner.get<ClientDetail>(`/api/clients/${client.id}`)).body.address.city).toBe("Tartu");
  });

  it("refuses bad input field by field and a duplicate registry code with a clear message", async () => {
    const owner = await t.signUp();
    const bad = await owner.post<ErrorBody>("/api/clients", {
      name: " ",
      email: "nope",
      currency: "euro",
      extra: 1,
    });
    expect(bad.status).toBe(400);
    const fields = (bad.body.error.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(expect.arrayContaining(["currency", "email", "name"]));
    await create(owner, { name: "A", registryCode: "R-1" });
    const dup = await owner.post<ErrorBody>("/api/clients", { name: "B", registryCode: "r-1" });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toBe("Another client already has the registry code r-1.");
    const list = await owner.get<ClientList>("/api/clients");
    expect(list.body.total).toBe(1);
  });

  it("archives and restores; only the Owner deletes", async () => {
    const owner = await t.signUp();
    const client = await create(owner, { name: "Gone Ltd" });
    expect(
      (await owner.patch<ClientDetail>(`/api/clients/${client.id}`, { archived: true })).body.archived,
    ).toBe(true);
    expect((await owner.get<ClientList>("/api/clients")).body.total).toBe(0);
    expect(
      (await owner.get<ClientList>("/api/clients?status=archived")).body.items.map((c) => c.name),
    ).toEqual(["Gone Ltd"]);
    await owner.patch(`/api/clients/${client.id}`, { archived: false });

    const admin = await t.join(owner, "admin", "a@example.com");
    expect((await admin.delete(`/api/clients/${client.id}`)).status).toBe(403);
    expect((await owner.delete(`/api/clients/${client.id}`)).status).toBe(204);
    expect((await owner.get(`/api/clients/${client.id}`)).status).toBe(404);
  });

  it("never shows or changes another company's clients (404)", async () => {
    const acme = await t.signUp();
    const globex = await t.signUp();
    const theirs = await create(globex, { name: "Secret Client", registryCode: "X1" });
    expect((await acme.get(`/api/clients/${theirs.id}`)).status).toBe(404);
    expect((await acme.patch(`/api/clients/${theirs.id}`, { name: "Mine" })).status).toBe(404);
    expect((await acme.post(`/api/clients/${theirs.id}/contacts`, { firstName: "X" })).status).toBe(404);
    expect((await acme.get<ClientList>("/api/clients")).body.total).toBe(0);
    // The registry code is unique per company, not across companies.
    await create(acme, { name: "Also X1", registryCode: "X1" });
    expect((await globex.get<ClientDetail>(`/api/clients/${theirs.id}`)).body.name).toBe("Secret Client");
  });
});

describe("people", () => {
  it("keeps exactly one primary person", async () => {
    const owner = await t.signUp();
    const client = await create(owner, { name: "Acme" });
    const path = `/api/clients/${client.id}/contacts`;
    const first = (await owner.post<ClientContact>(path, { firstName: "Mari", lastName: "Maasikas" })).body;
    expect(first.primary).toBe(true);
    const second = (await owner.post<ClientContact>(path, { firstName: "Jaan", primary: true })).body;
    expect(second.primary).toBe(true);
    const people = (await owner.get<ClientContact[]>(path)).body;
    expect(people.filter((p) => p.primary).map((p) => p.firstName)).toEqual(["Jaan"]);
    expect((await owner.patch<ErrorBody>(`${path}/${second.id}`, { primary: false })).status).toBe(409);
    expect((await owner.delete(`${path}/${second.id}`)).status).toBe(204);
    expect((await owner.get<ClientDetail>(`/api/clients/${client.id}`)).body.primaryPerson?.firstName).toBe(
      "Mari",
    );
    expect((await owner.post<ErrorBody>(path, { email: "x@example.com" })).status).toBe(400);
  });
});

describe("the client list", () => {
  it("searches by name, codes and e-mail, sorts and pages", async () => {
    const owner = await t.signUp();
    for (const [name, registryCode, email] of [
      ["Alpha Bakery", "100", "a@bake.ee"],
      ["Beta Builders", "200", "b@build.ee"],
      ["Gamma Bakery", "300", "g@bake.ee"],
      ["delta 100% Ltd", "400", null],
    ] as const) {
      await create(owner, { name, registryCode, email });
    }
    const names = async (query: string) =>
      (await owner.get<ClientList>(`/api/clients?${query}`)).body.items.map((c) => c.name);
    expect(await names("q=bakery")).toEqual(["Alpha Bakery", "Gamma Bakery"]);
    expect(await names("q=BAKE%20gam")).toEqual(["Gamma Bakery"]);
    expect(await names("q=200")).toEqual(["Beta Builders"]);
    expect(await names("q=100%25")).toEqual(["delta 100% Ltd"]);
    expect(await names("sort=-name")).toEqual([
      "Gamma Bakery",
      "delta 100% Ltd",
      "Beta Builders",
      "Alpha Bakery",
    ]);
    const page = await owner.get<ClientList>("/api/clients?pageSize=3&page=2");
    expect(page.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page.body.items.map((c) => c.name)).toEqual(["Gamma Bakery"]);
    const bad = await owner.get<ErrorBody>("/api/clients?pageSize=1000&sort=size");
    expect(bad.status).toBe(400);
    expect((bad.body.error.details as { field: string }[]).map((d) => d.field).sort()).toEqual([
      "pageSize",
      "sort",
    ]);
  });
});
