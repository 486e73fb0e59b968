import { describe, expect, it } from "vitest";
import { DEMO_FIRM_TENANT_ID } from "../../../../../xero-sandbox/src/sandbox.js";
import type { Product } from "../../../../shared/api/billing.js";
import type { ClassificatorImport } from "../../../../shared/api/imports.js";
import { type Agent, setupTestApp } from "../../../test/test-app.js";
import { authorizeXero, enableXero } from "../test/connect-xero.js";

const t = setupTestApp({ xero: true });

async function connectedFirm() {
  const owner = await t.signUp();
  await enableXero(t, owner);
  await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
  expect((await owner.post("/api/apps/billing/enable")).status).toBe(200);
  return owner;
}

async function importClassificators(agent: Agent): Promise<NonNullable<ClassificatorImport["summary"]>> {
  const started = await agent.post<{ id: string }>("/api/billing/classificators/import");
  expect(started.status).toBe(202);
  await t.jobs.runAll();
  const run = (await agent.get<ClassificatorImport>(`/api/billing/classificators/import/${started.body.id}`))
    .body;
  expect(run.status).toBe("done");
  return run.summary!;
}

const item = (code: string) =>
  [...t.sandbox.state.tenants.get(DEMO_FIRM_TENANT_ID)!.items.values()].find((i) => i.Code === code)!;
const product = async (agent: Agent, id: string) =>
  (await agent.get<Product[]>("/api/billing/products")).body.find((p) => p.id === id)!;
/** Edits a product in Kontor, as the Owner does in its dialog. */
async function edit(agent: Agent, id: string, input: Record<string, unknown>) {
  expect((await agent.patch(`/api/billing/products/${id}`, input)).status).toBe(200);
}
const byCode = async (agent: Agent, code: string) =>
  (await agent.get<Product[]>("/api/billing/products")).body.find((p) => p.code === code)!;

describe("importing classificators again: products changed in Xero", () => {
  it("updates only the fields changed in Xero, says which, and keeps a field edited in Kontor", async () => {
    const owner = await connectedFirm();
    await importClassificators(owner);
    const satr = await byCode(owner, "SATR");
    await edit(owner, satr.id, { name: "Tax return (self-assessment)", unit: "pc" });

    // In Xero: a price changed in its fourth decimal and a new description; the name stays.
    const satrItem = item("SATR");
    satrItem.SalesDetails = { ...satrItem.SalesDetails!, UnitPrice: 3_125_000 };
    satrItem.Description = "Personal tax return, one per year";
    const summary = await importClassificators(owner);

    expect(summary.productChanges).toEqual([
      {
        code: "SATR",
        name: "Tax return (self-assessment)",
        fields: ["description", "unitPrice"],
        active: true,
      },
    ]);
    expect(summary.products).toMatchObject({ created: 0, updated: 1 });
    expect(await product(owner, satr.id)).toMatchObject({
      name: "Tax return (self-assessment)",
      unit: "pc",
      description: "Personal tax return, one per year",
      unitPrice: "312.5000",
      xero: { itemId: satr.xero!.itemId },
    });

    // Nothing changed in Xero since: nothing is written, the edit stays.
    const again = await importClassificators(owner);
    expect(again.productChanges).toEqual([]);
    expect(again.products.updated).toBe(0);
    expect((await product(owner, satr.id)).name).toBe("Tax return (self-assessment)");
  });

  it("follows a code changed in Xero to the same product, and a name changed there wins over Kontor's", async () => {
    const owner = await connectedFirm();
    await importClassificators(owner);
    const payroll = await byCode(owner, "PAYROLL");
    await edit(owner, payroll.id, { name: "Payroll" });
    const payrollItem = item("PAYROLL");
    payrollItem.Code = "PAYROLL-EMP";
    payrollItem.Name = "Payroll per employee";
    const before = (await owner.get<Product[]>("/api/billing/products")).body.length;

    const summary = await importClassificators(owner);
    expect(summary.productChanges).toEqual([
      { code: "PAYROLL-EMP", name: "Payroll per employee", fields: ["code", "name"], active: true },
    ]);
    expect(summary.products.created).toBe(0);
    expect((await owner.get<Product[]>("/api/billing/products")).body).toHaveLength(before);
    expect(await product(owner, payroll.id)).toMatchObject({
      code: "PAYROLL-EMP",
      name: "Payroll per employee",
    });
  });

  it("keeps a product archived in Kontor archived; archives one no longer sold in Xero, once, and restores it when sold again", async () => {
    const owner = await connectedFirm();
    await importClassificators(owner);
    const yearEnd = await byCode(owner, "YEAREND");
    const vatReturn = await byCode(owner, "VATRET");
    await edit(owner, yearEnd.id, { active: false });
    expect((await importClassificators(owner)).productChanges).toEqual([]);
    expect((await product(owner, yearEnd.id)).active).toBe(false);

    item("VATRET").IsSold = false;
    const stopped = await importClassificators(owner);
    expect(stopped.productChanges).toEqual([
      { code: "VATRET", name: "VAT return", fields: ["active"], active: false },
    ]);
    expect((await product(owner, vatReturn.id)).active).toBe(false);

    // Restored in Kontor while Xero still does not sell it: the next import leaves it restored.
    await edit(owner, vatReturn.id, { active: true });
    expect((await importClassificators(owner)).productChanges).toEqual([]);
    expect((await product(owner, vatReturn.id)).active).toBe(true);

    await edit(owner, vatReturn.id, { active: false });
    item("VATRET").IsSold = true;
    const sold = await importClassificators(owner);
    expect(sold.productChanges).toEqual([
      { code: "VATRET", name: "VAT return", fields: ["active"], active: true },
    ]);
    expect((await product(owner, vatReturn.id)).active).toBe(true);
  });
});
