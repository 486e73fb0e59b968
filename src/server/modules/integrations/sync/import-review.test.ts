import { describe, expect, it } from "vitest";
import { DEMO_FIRM_TENANT_ID } from "../../../../../xero-sandbox/src/sandbox.js";
import type { ClientDetail } from "../../../../shared/api/clients.js";
import type { ImportCandidate, ImportRun } from "../../../../shared/api/imports.js";
import { type Agent, setupTestApp } from "../../../test/test-app.js";
import { authorizeXero, enableXero } from "../test/connect-xero.js";
import { addXeroContact, emptyXeroBooks } from "../test/xero-books.js";

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
