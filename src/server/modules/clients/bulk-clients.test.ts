import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { BulkClientsResult, ClientDetail, ClientIds, ClientList } from "../../../shared/api/clients.js";
import type { ErrorBody } from "../../../shared/api/common.js";
import { type Agent, setupTestApp } from "../../test/test-app.js";

const t = setupTestApp();

async function create(agent: Agent, name: string) {
  const res = await agent.post<ClientDetail>("/api/clients", { name });
  expect(res.status).toBe(201);
  return res.body;
}

const list = async (agent: Agent, query = "status=all") =>
  (await agent.get<ClientList>(`/api/clients?${query}`)).body.items.map((c) => ({
    name: c.name,
    archived: c.archived,
    responsible: c.responsibleUserId,
  }));

describe("bulk actions on the client list", () => {
  it("a Member archives many clients and assigns them a responsible person", async () => {
    const owner = await t.signUp();
    const member = await t.join(owner, "member", "m@example.com");
    const [a, b, c] = [
      await create(owner, "Alpha"),
      await create(owner, "Beta"),
      await create(owner, "Gamma"),
    ];
    await owner.patch(`/api/clients/${a.id}`, { archived: true });

    const archived = await member.post<BulkClientsResult>("/api/clients/bulk", {
      action: "archive",
      ids: [a.id, b.id, b.id],
    });
    expect(archived.status).toBe(200);
    expect(archived.body).toEqual({ action: "archive", clients: 2, changed: 1 });

    const assigned = await member.post<BulkClientsResult>("/api/clients/bulk", {
      action: "assign",
      ids: [b.id, c.id],
      responsibleUserId: member.me.user.id,
    });
    expect(assigned.body).toEqual({ action: "assign", clients: 2, changed: 2 });
    expect(await list(owner)).toEqual([
      { name: "Alpha", archived: true, responsible: null },
      { name: "Beta", archived: true, responsible: member.me.user.id },
      { name: "Gamma", archived: false, responsible: member.me.user.id },
    ]);

    const cleared = await owner.post<BulkClientsResult>("/api/clients/bulk", {
      action: "assign",
      ids: [c.id],
      responsibleUserId: null,
    });
    expect(cleared.body.changed).toBe(1);
    expect((await list(owner, "responsible=none")).map((x) => x.name)).toEqual(["Gamma"]);
  });

  it("changes nothing when a client is unknown or another company's, or the input is bad", async () => {
    const owner = await t.signUp();
    const other = await t.signUp();
    const mine = await create(owner, "Alpha");
    const theirs = await create(other, "Secret");
    const unknown = randomUUID();

    const missing = await owner.post<ErrorBody>("/api/clients/bulk", {
      action: "archive",
      ids: [mine.id, theirs.id, unknown],
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(
      "2 of the chosen clients are not in your client list (removed meanwhile?). Nothing was changed: reload the list and try again.",
    );
    expect(missing.body.error.details).toEqual({ notFound: [theirs.id, unknown] });

    const stranger = await owner.post<ErrorBody>("/api/clients/bulk", {
      action: "assign",
      ids: [mine.id],
      responsibleUserId: other.me.user.id,
    });
    expect(stranger.status).toBe(400);
    const noPerson = await owner.post<ErrorBody>("/api/clients/bulk", { action: "assign", ids: [mine.id] });
    expect(noPerson.status).toBe(400);
    expect(noPerson.body.error.details).toEqual([
      { field: "responsibleUserId", message: "Choose the responsible person (or nobody)." },
    ]);
    for (const body of [
      { action: "delete", ids: [mine.id] },
      { action: "archive", ids: [] },
      { action: "archive", ids: ["not-an-id"] },
    ]) {
      expect((await owner.post<ErrorBody>("/api/clients/bulk", body)).status).toBe(400);
    }
    expect(await list(owner)).toEqual([{ name: "Alpha", archived: false, responsible: null }]);
    expect(await list(other)).toEqual([{ name: "Secret", archived: false, responsible: null }]);
  });

  it("finds the ids of every client a filter shows, for “select all”", async () => {
    const owner = await t.signUp();
    for (const name of ["Alpha Bakery", "Beta Builders", "Gamma Bakery"]) await create(owner, name);
    const found = await owner.get<ClientIds>("/api/clients/ids?q=bakery&sort=-name");
    expect(found.status).toBe(200);
    expect(found.body.total).toBe(2);
    const byId = new Map((await owner.get<ClientList>("/api/clients")).body.items.map((c) => [c.id, c.name]));
    expect(found.body.ids.map((id) => byId.get(id))).toEqual(["Gamma Bakery", "Alpha Bakery"]);
  });
});
