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

async function fault(body: unknown) {
  const res = await fetch(`${t.sandbox.url}/__sandbox/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
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

  it("imports the others when Xero sends a tax rate, item, account or currency Kontor cannot take", async () => {
    const owner = await connectedFirm();
    const edit = (path: string, elements: unknown[]) =>
      fault({ match: { method: "GET", path }, edit: { prepend: { [path.slice(1)]: elements } } });
    await edit("/TaxRates", [
      { Name: "Huge", TaxType: "HUGE", EffectiveRate: 1e308, Status: "ACTIVE", CanApplyToRevenue: true },
      { Name: "Nul\u0000 rate", TaxType: "NULRATE", EffectiveRate: 5, Status: "ACTIVE" },
    ]);
    await edit("/Items", [
      { ItemID: "i-1", Code: "BIG", Name: "Big price", IsSold: true, SalesDetails: { UnitPrice: 1e20 } },
      { ItemID: "i-2", Code: "LONG", Name: "x".repeat(100_000), IsSold: true },
      { ItemID: "i-3", Code: "CTRL", Name: "Ctrl\u0007 item", IsSold: true },
    ]);
    await edit("/Accounts", [{ Name: "No id", Code: "999", Class: "REVENUE" }]);
    await edit("/Currencies", [
      { Code: "EURO", Description: "Bad" },
      { Code: "CHF", Description: "Swiss franc" },
    ]);
    const run = await importClassificators(owner);
    expect(run.status).toBe("done");

    const vat = (await owner.get<VatRate[]>("/api/billing/vat-rates")).body;
    expect(vat.find((v) => v.taxType === "NULRATE")).toMatchObject({ name: "Nul rate", rate: "5.0000" });
    expect(vat.some((v) => v.taxType === "OUTPUT2")).toBe(true);
    expect(vat.some((v) => v.taxType === "HUGE")).toBe(false);
    const products = (await owner.get<Product[]>("/api/billing/products")).body;
    expect(products.find((p) => p.code === "CTRL")?.name).toBe("Ctrl item");
    expect(products.some((p) => p.code === "SATR")).toBe(true);
    expect(products.some((p) => p.code === "BIG" || p.code === "LONG")).toBe(false);
    const currencies = (await owner.get<Currency[]>("/api/billing/currencies")).body;
    expect(currencies.map((c) => c.code)).toEqual(["CHF", "EUR", "GBP", "USD"]);

    expect(run.summary?.refused).toEqual([
      {
        kind: "vatRate",
        code: "HUGE",
        name: "Huge",
        reason: "Its rate in Xero (1e+308) is not a percentage from 0 to 100.",
      },
      {
        kind: "resourceCode",
        code: "999",
        name: "No id",
        reason: "Xero sent this account without its AccountID.",
      },
      {
        kind: "product",
        code: "BIG",
        name: "Big price",
        reason: "Its sales price in Xero (100000000000000000000) is larger than Kontor can hold.",
      },
      {
        kind: "product",
        code: "LONG",
        name: expect.stringMatching(/^x{199}…$/),
        reason: "Its Name in Xero is longer than 500 characters.",
      },
      {
        kind: "currency",
        code: "EURO",
        name: "Bad",
        reason: "Xero sent its Code in a form Kontor cannot read.",
      },
    ]);
  });

  it("fails, saying so and writing nothing, when Xero's answer has no list of tax rates", async () => {
    const owner = await connectedFirm();
    await fault({
      match: { method: "GET", path: "/TaxRates" },
      times: 10,
      status: 200,
      body: { Status: "OK" },
    });
    const run = await importClassificators(owner);
    expect(run.status).toBe("failed");
    expect(run.error).toMatch(/^Xero's answer to the list of tax rates had no tax rates in it/);
    expect((await owner.get<Product[]>("/api/billing/products")).body).toEqual([]);
  });

  it("comes along with the first client import, once it is confirmed", async () => {
    const owner = await connectedFirm();
    const { id } = (await owner.post<{ id: string }>("/api/integrations/xero/imports")).body;
    await t.jobs.runAll();
    expect((await owner.get<Product[]>("/api/billing/products")).body).toEqual([]);
    await owner.post(`/api/integrations/xero/imports/${id}/confirm`, { xeroContactIds: [] });
    await t.jobs.runAll();
    expect((await owner.get<Product[]>("/api/billing/products")).body.length).toBeGreaterThan(0);
    await owner.post("/api/integrations/xero/imports");
    expect(t.jobs.sent.filter((j) => (j.data as { step: string }).step === "classificators")).toHaveLength(1);
  });
});
