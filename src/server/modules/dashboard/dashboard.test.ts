import { describe, expect, it } from "vitest";
import { DEMO_FIRM_TENANT_ID } from "../../../../xero-sandbox/src/sandbox.js";
import type { ClientDetail } from "../../../shared/api/clients.js";
import type { Dashboard } from "../../../shared/api/dashboard.js";
import type { ImportRun } from "../../../shared/api/imports.js";
import type { Connection } from "../../../shared/api/integrations.js";
import { type Agent, setupTestApp } from "../../test/test-app.js";
import { authorizeXero, enableXero } from "../integrations/test/connect-xero.js";
import { addXeroContact, emptyXeroBooks } from "../integrations/test/xero-books.js";

const t = setupTestApp({ xero: true });

async function dashboard(agent: Agent): Promise<Dashboard> {
  const res = await agent.get<Dashboard>("/api/dashboard");
  expect(res.status).toBe(200);
  return res.body;
}

async function preview(agent: Agent): Promise<ImportRun> {
  const started = await agent.post<{ id: string }>("/api/integrations/xero/imports");
  expect(started.status).toBe(202);
  await t.jobs.runAll();
  return (await agent.get<ImportRun>(`/api/integrations/xero/imports/${started.body.id}`)).body;
}

describe("the dashboard's numbers", () => {
  it("counts active clients, those linked to Xero, and sums up the last import", async () => {
    emptyXeroBooks(t.sandbox);
    const owner = await t.signUp();
    expect(await dashboard(owner)).toEqual({ clients: { active: 0, linkedToXero: 0 }, lastImport: null });

    await owner.post<ClientDetail>("/api/clients", { name: "Kestrel Cafe" });
    await enableXero(t, owner);
    await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
    addXeroContact(t.sandbox, { Name: "Northwind Bakery Ltd" });
    addXeroContact(t.sandbox, { Name: "Harbour Dental Ltd" });
    const run = await preview(owner);
    // A preview not yet confirmed changed nothing, and is no import yet.
    expect(await dashboard(owner)).toEqual({ clients: { active: 1, linkedToXero: 0 }, lastImport: null });

    const ids = run.candidates.map((c) => c.xeroContactId);
    expect(
      (await owner.post(`/api/integrations/xero/imports/${run.id}/confirm`, { xeroContactIds: ids })).status,
    ).toBe(202);
    await t.jobs.runAll();
    const finished = (await owner.get<ImportRun>(`/api/integrations/xero/imports/${run.id}`)).body;
    const organisation = (await owner.get<Connection>("/api/integrations/xero")).body.tenant?.name;
    expect(organisation).toBeTruthy();
    const numbers = await dashboard(owner);
    expect(numbers).toEqual({
      clients: { active: 3, linkedToXero: 2 },
      lastImport: {
        id: run.id,
        finishedAt: finished.finishedAt,
        organisation,
        created: 2,
        updated: 0,
        unchanged: 0,
        failed: 0,
      },
    });

    // Archiving a linked client counts at once (the counts are kept between calls).
    const northwind = finished.candidates.find((c) => c.name === "Northwind Bakery Ltd")?.clientId;
    expect((await owner.patch(`/api/clients/${northwind}`, { archived: true })).status).toBe(200);
    expect((await dashboard(owner)).clients).toEqual({ active: 2, linkedToXero: 1 });

    // A later preview waiting for review leaves the last import as it was.
    await preview(owner);
    expect((await dashboard(owner)).lastImport?.id).toBe(run.id);

    // Every member of the company sees the numbers; another company sees only its own.
    const member = await t.join(owner, "member");
    expect((await dashboard(member)).clients).toEqual({ active: 2, linkedToXero: 1 });
    const other = await t.signUp();
    expect(await dashboard(other)).toEqual({ clients: { active: 0, linkedToXero: 0 }, lastImport: null });
  });

  it("needs a signed-in user", async () => {
    expect((await t.agent().get("/api/dashboard")).status).toBe(401);
  });
});
