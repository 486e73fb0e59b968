import { describe, expect, it, vi } from "vitest";
import { revokeUser } from "../../../../../xero-sandbox/src/identity/tokens.js";
import { DEMO_FIRM_TENANT_ID } from "../../../../../xero-sandbox/src/sandbox.js";
import type { ClientDetail, ClientList } from "../../../../shared/api/clients.js";
import type { ImportRun } from "../../../../shared/api/imports.js";
import type { Connection } from "../../../../shared/api/integrations.js";
import { type Agent, setupTestApp } from "../../../test/test-app.js";
import { authorizeXero, enableXero } from "../test/connect-xero.js";
import { APPLY_BATCH } from "./apply-client-import.js";

// Each test imports hundreds of contacts through the sandbox; two cores shared with the other
// test files can make one take a minute.
vi.setConfig({ testTimeout: 150_000 });

const t = setupTestApp({ xero: true });

async function connectedFirm(contacts: number) {
  t.sandbox.seed({ profile: "empty", contacts });
  const owner = await t.signUp();
  await enableXero(t, owner);
  await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
  return owner;
}

async function startPreview(agent: Agent) {
  const started = await agent.post<{ id: string }>("/api/integrations/xero/imports");
  expect(started.status).toBe(202);
  return started.body.id;
}

const run = async (agent: Agent, id: string) =>
  (await agent.get<ImportRun>(`/api/integrations/xero/imports/${id}`)).body;

async function fault(body: unknown) {
  const res = await fetch(`${t.sandbox.url}/__sandbox/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBeLessThan(300);
}

async function count(table: string, where = "true"): Promise<number> {
  const { rows } = await t.database.executeSql(`select count(*)::int as n from ${table} where ${where}`);
  return Number(rows[0]!.n);
}

describe("an import that meets trouble", () => {
  it("survives a crash mid-import: no half-written client, and resuming finishes without duplicates", async () => {
    const owner = await connectedFirm(1200);
    const id = await startPreview(owner);
    await t.jobs.runAll();
    const preview = await run(owner, id);
    const selected = preview.candidates.filter((c) => !c.supplierOnly).map((c) => c.xeroContactId);
    expect(selected.length).toBeGreaterThan(2 * APPLY_BATCH);

    // The database fails inside the second batch, as a crash would.
    await t.database.executeSql(`
      create function crash_after_first_batch() returns trigger language plpgsql as $$
      begin
        if (select count(*) from clients) >= ${APPLY_BATCH} then raise exception 'simulated crash'; end if;
        return new;
      end $$;
      create trigger crash_after_first_batch before insert on clients for each row execute function crash_after_first_batch();`);
    await owner.post(`/api/integrations/xero/imports/${id}/confirm`, { xeroContactIds: selected });
    await t.jobs.runAll();
    const crashed = await run(owner, id);
    expect(crashed.status).toBe("failed");
    expect(crashed.progress.done).toBe(APPLY_BATCH);
    expect(await count("clients")).toBe(APPLY_BATCH);
    // Every client written has its link; none of the failed batch's rows remain.
    expect(await count("sync_records", "entity = 'client'")).toBe(APPLY_BATCH);

    await t.database.executeSql(
      "drop trigger crash_after_first_batch on clients; drop function crash_after_first_batch();",
    );
    expect((await owner.post(`/api/integrations/xero/imports/${id}/resume`)).status).toBe(202);
    await t.jobs.runAll();
    const done = await run(owner, id);
    expect(done.status).toBe("done");
    expect(done.summary?.created).toBe(selected.length);
    expect(await count("clients")).toBe(selected.length);
    expect(await count("sync_records", "entity = 'client'")).toBe(selected.length);
  });

  it("completes despite a 429 and a 5xx from Xero in the middle", async () => {
    const owner = await connectedFirm(2500);
    await fault({ match: { method: "GET", path: "/Contacts" }, times: 1, status: 503 });
    await fault({ match: { method: "GET", path: "/Contacts" }, times: 1, status: 429 });
    const id = await startPreview(owner);
    await t.jobs.runAll();
    const preview = await run(owner, id);
    expect(preview.status).toBe("ready");
    expect(preview.candidates.length).toBeGreaterThan(2000);
    // Kontor waited as Xero asked before trying again.
    expect(t.timers.sleeps.some((ms) => ms >= 1000)).toBe(true);
  });

  it("stops with Needs re-authorization when access is revoked mid-import, and loses nothing", async () => {
    const owner = await connectedFirm(2500);
    const earlier = (await owner.post<ClientDetail>("/api/clients", { name: "Kept Client" })).body;
    const xero = t.deps.integrations.providers.xero;
    const listCustomers = xero.listCustomers;
    // After the first page, the user removes Kontor in Xero.
    xero.listCustomers = (tokens, org, progress) =>
      listCustomers(tokens, org, async (done, total) => {
        await progress?.(done, total);
        revokeUser(t.sandbox.state, "demo@kontor.test");
      });
    try {
      const id = await startPreview(owner);
      await t.jobs.runAll();
      const stopped = await run(owner, id);
      expect(stopped.status).toBe("failed");
      expect(stopped.error).toMatch(/Authorize Xero again/);
      expect(t.jobs.dead).toEqual([]);
    } finally {
      xero.listCustomers = listCustomers;
    }
    const connection = (await owner.get<Connection>("/api/integrations/xero")).body;
    expect(connection.status).toBe("needs_reauth");
    expect((await owner.get<ClientDetail>(`/api/clients/${earlier.id}`)).body.name).toBe("Kept Client");
  });

  it("leaves other companies' data untouched", async () => {
    const owner = await connectedFirm(30);
    const other = await t.signUp();
    const theirs = (await other.post<ClientDetail>("/api/clients", { name: "Their Client" })).body;
    const id = await startPreview(owner);
    await t.jobs.runAll();
    const preview = await run(owner, id);
    await owner.post(`/api/integrations/xero/imports/${id}/confirm`, {
      xeroContactIds: preview.candidates.map((c) => c.xeroContactId),
    });
    await t.jobs.runAll();
    const list = (await other.get<ClientList>("/api/clients")).body;
    expect(list.items.map((c) => [c.id, c.name, c.xero])).toEqual([[theirs.id, "Their Client", null]]);
    expect((await other.get("/api/integrations/xero/imports/latest")).status).toBe(404);
  });
});
