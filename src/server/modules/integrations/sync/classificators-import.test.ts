import { describe, expect, it } from "vitest";
import { DEMO_FIRM_TENANT_ID } from "../../../../../xero-sandbox/src/sandbox.js";
import type { Currency, Product, ResourceCode, VatRate } from "../../../../shared/api/billing.js";
import type { ClassificatorImport } from "../../../../shared/api/imports.js";
import { type Agent, setupTestApp } from "../../../test/test-app.js";
import { authorizeXero, enableXero } from "../test/connect-xero.js";

const t = setupTestApp({ xero: true });

async function connectedFirm() {
  const owner = await t.signUp();
  await enableXero(t, owner);
  await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
  return owner;
}

async function importClassificators(agent: Agent): Promise<ClassificatorImport> {
  const started = await agent.post<{ id: string }>("/api/billing/classificators/import");
  expect(started.status).toBe(202);
  await t.jobs.runAll();
  return (await agent.get<ClassificatorImport>(`/api/billing/classificators/import/${started.body.id}`)).body;
}

const firmItems = () => [...t.sandbox.state.tenants.get(DEMO_FIRM_TENANT_ID)!.items.values()];

describe("importing classificators from Xero", () => {
  it("maps sales tax rates, revenue accounts, sold items and currencies", async () => {
    const owner = await connectedFirm();
    const run = await importClassificators(owner);
    expect(run.status).toBe("done");

    const vat = (await owner.get<VatRate[]>("/api/billing/vat-rates")).body;
    expect(vat.find((v) => v.taxType === "OUTPUT2")).toMatchObject({
      name: "20% (VAT on Income)",
      rate: "20.0000",
      active: true,
      readOnly: true,
    });
    expect(vat.find((v) => v.taxType === "OUTPUT")).toMatchObject({ rate: "17.5000", active: false });
    expect(vat.find((v) => v.taxType === "SROUTPUT")?.active).toBe(false);
    expect(vat.some((v) => v.taxType === "INPUT2")).toBe(false);

    const codes = (await owner.get<ResourceCode[]>("/api/billing/resource-codes")).body;
    expect(codes.map((c) => c.code)).toEqual(
      expect.arrayContaining(["200", "210", "215", "220", "260", "270"]),
    );
    expect(codes.find((c) => c.code === "230")?.active).toBe(false);
    expect(codes.some((c) => c.code === "400")).toBe(false);

    const products = (await owner.get<Product[]>("/api/billing/products")).body;
    expect(products.find((p) => p.code === "SATR")).toMatchObject({
      name: "Self-assessment tax return",
      unitPrice: "312.4999",
      resourceCode: { code: "210" },
      vatRate: { name: "20% (VAT on Income)" },
      active: true,
    });
    expect(products.some((p) => p.code === "STATIONERY")).toBe(false);

    const currencies = (await owner.get<Currency[]>("/api/billing/currencies")).body;
    expect(currencies.map((c) => c.code)).toEqual(["EUR", "GBP", "USD"]);
    expect(run.summary?.products.created).toBe(products.length);
  });

  it("on a re-run updates what changed, adds what is new, and duplicates nothing", async () => {
    const owner = await connectedFirm();
    await importClassificators(owner);
    const before = (await owner.get<Product[]>("/api/billing/products")).body;

    const again = await importClassificators(owner);
    expect(again.summary).toMatchObject({
      vatRates: { created: 0, updated: 0 },
      resourceCodes: { created: 0, updated: 0 },
      products: { created: 0, updated: 0 },
      currencies: { created: 0, updated: 0 },
    });

    const payroll = firmItems().find((i) => i.Code === "PAYROLL")!;
    // The sandbox keeps prices in ten-thousandths.
    payroll.SalesDetails = { ...payroll.SalesDetails!, UnitPrice: 175_000 };
    const vatReturn = firmItems().find((i) => i.Code === "VATRET")!;
    vatReturn.IsSold = false;
    const third = await importClassificators(owner);
    expect(third.summary?.products).toMatchObject({ created: 0, updated: 2 });
    const after = (await owner.get<Product[]>("/api/billing/products")).body;
    expect(after).toHaveLength(before.length);
    expect(after.find((p) => p.code === "PAYROLL")?.unitPrice).toBe("17.5000");
    expect(after.find((p) => p.code === "VATRET")?.active).toBe(false);
  });

  it("comes along with the first client import", async () => {
    const owner = await connectedFirm();
    await owner.post("/api/integrations/xero/imports");
    await t.jobs.runAll();
    expect((await owner.get<Product[]>("/api/billing/products")).body.length).toBeGreaterThan(0);
    await owner.post("/api/integrations/xero/imports");
    expect(t.jobs.sent.filter((j) => (j.data as { step: string }).step === "classificators")).toHaveLength(1);
  });
});
