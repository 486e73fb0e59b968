import { describe, expect, it } from "vitest";
import type { ClientDetail, ClientList } from "../../../shared/api/clients.js";
import type { ErrorBody } from "../../../shared/api/common.js";
import { type Agent, setupTestApp } from "../../test/test-app.js";

const t = setupTestApp();

async function create(agent: Agent, body: Record<string, unknown>) {
  const res = await agent.post<ClientDetail>("/api/clients", body);
  expect(res.status).toBe(201);
  return res.body;
}

const names = async (agent: Agent, query: string) =>
  (await agent.get<ClientList>(`/api/clients?${query}`)).body.items.map((c) => c.name);

describe("the responsible person", () => {
  it("is a member of the company, chosen on the card and filtered by in the list", async () => {
    const owner = await t.signUp();
    const maria = await t.join(owner, "member", "maria@example.com");
    const mine = await create(owner, { name: "Alpha", responsibleUserId: owner.me.user.id });
    expect(mine.responsibleUserId).toBe(owner.me.user.id);
    const hers = await create(owner, { name: "Beta" });
    expect(hers.responsibleUserId).toBeNull();
    await create(owner, { name: "Gamma" });
    const assigned = await owner.patch<ClientDetail>(`/api/clients/${hers.id}`, {
      responsibleUserId: maria.me.user.id,
    });
    expect(assigned.body.responsibleUserId).toBe(maria.me.user.id);

    expect(await names(owner, "responsible=me")).toEqual(["Alpha"]);
    expect(await names(maria, "responsible=me")).toEqual(["Beta"]);
    expect(await names(owner, `responsible=${maria.me.user.id}`)).toEqual(["Beta"]);
    expect(await names(owner, "responsible=none")).toEqual(["Gamma"]);
    expect((await owner.get<ClientList>("/api/clients")).body.items.map((c) => c.responsibleUserId)).toEqual([
      owner.me.user.id,
      maria.me.user.id,
      null,
    ]);
    const bad = await owner.get<ErrorBody>("/api/clients?responsible=someone");
    expect(bad.status).toBe(400);

    const cleared = await owner.patch<ClientDetail>(`/api/clients/${mine.id}`, { responsibleUserId: null });
    expect(cleared.body.responsibleUserId).toBeNull();
    expect(await names(owner, "responsible=none")).toEqual(["Alpha", "Gamma"]);
  });

  it("refuses another company's user, changing nothing", async () => {
    const owner = await t.signUp();
    const stranger = await t.signUp();
    const client = await create(owner, { name: "Alpha" });
    for (const res of [
      await owner.patch<ErrorBody>(`/api/clients/${client.id}`, {
        name: "Renamed",
        responsibleUserId: stranger.me.user.id,
      }),
      await owner.post<ErrorBody>("/api/clients", { name: "Beta", responsibleUserId: stranger.me.user.id }),
    ]) {
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([
        {
          field: "responsibleUserId",
          message: "The responsible person must be a member of your company. Choose one from the list.",
        },
      ]);
    }
    expect(await names(owner, "status=all")).toEqual(["Alpha"]);
  });

  it("becomes nobody when the member leaves the company", async () => {
    const owner = await t.signUp();
    const maria = await t.join(owner, "member", "maria@example.com");
    const client = await create(owner, { name: "Alpha", responsibleUserId: maria.me.user.id });
    expect(await names(owner, "responsible=none")).toEqual([]);
    expect((await owner.delete(`/api/members/${maria.me.user.id}`)).status).toBe(204);
    expect((await owner.get<ClientDetail>(`/api/clients/${client.id}`)).body.responsibleUserId).toBeNull();
    expect(await names(owner, "responsible=none")).toEqual(["Alpha"]);
  });
});
