import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../sandbox.js";
import { DEMO_FIRM_TENANT_ID } from "../seed/fixed-ids.js";
import { type AccountingClient, accountingClient, rows, startTestSandbox } from "../testing/harness.js";

type Row = Record<string, unknown>;

describe("the settings Kontor imports: organisation, accounts, tax rates, items, currencies", () => {
  let sandbox: Sandbox;
  let api: AccountingClient;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = accountingClient(sandbox, (await sandbox.connect()).access_token, DEMO_FIRM_TENANT_ID);
  });
  afterAll(() => sandbox.close());

  it("describes the organisation", async () => {
    const org = rows((await api.get<Row>("/Organisation")).body.Organisations)[0];
    expect(org).toMatchObject({
      OrganisationID: DEMO_FIRM_TENANT_ID,
      Name: "Demo Accounting Firm Ltd",
      BaseCurrency: "GBP",
      CountryCode: "GB",
      OrganisationStatus: "ACTIVE",
      PaymentTerms: { Sales: { Day: 14, Type: "DAYSAFTERBILLDATE" } },
    });
  });

  it("lists revenue accounts by class and finds one by id", async () => {
    const revenue = rows(
      (await api.get<Row>(`/Accounts?where=${encodeURIComponent('Class=="REVENUE"')}&order=Code`)).body
        .Accounts,
    );
    expect(revenue.map((a) => a.Type)).toEqual(expect.arrayContaining(["REVENUE", "SALES", "OTHERINCOME"]));
    expect(revenue.every((a) => a.Class === "REVENUE")).toBe(true);
    expect(revenue.map((a) => a.Code)).toEqual([...revenue.map((a) => String(a.Code))].sort());
    expect(revenue.some((a) => a.Status === "ARCHIVED")).toBe(true);
    const one = rows(
      (await api.get<Row>(`/Accounts/${String(revenue[0]?.AccountID).toUpperCase()}`)).body.Accounts,
    )[0];
    expect(one?.Code).toBe(revenue[0]?.Code);
  });

  it("lists tax rates with their effective rates and status, by TaxType too", async () => {
    const rates = rows((await api.get<Row>("/TaxRates")).body.TaxRates);
    expect(rates.find((r) => r.TaxType === "OUTPUT2")).toMatchObject({
      Name: "20% (VAT on Income)",
      EffectiveRate: 20,
      DisplayTaxRate: 20,
      Status: "ACTIVE",
      CanApplyToRevenue: true,
    });
    expect(rates.find((r) => r.TaxType === "OUTPUT")).toMatchObject({
      EffectiveRate: 17.5,
      Status: "ARCHIVED",
    });
    const active = rows(
      (await api.get<Row>(`/TaxRates?where=${encodeURIComponent('Status=="ACTIVE"')}`)).body.TaxRates,
    );
    expect(active.every((r) => r.Status === "ACTIVE")).toBe(true);
    expect(rows((await api.get<Row>("/TaxRates?TaxType=RROUTPUT")).body.TaxRates).map((r) => r.Name)).toEqual(
      ["5% (VAT on Income)"],
    );
  });

  it("lists items with sales details, rounding unit prices to 2 decimals unless unitdp=4, and finds an item by code", async () => {
    const items = rows((await api.get<Row>("/Items")).body.Items);
    expect(items.find((i) => i.Code === "SATR")).toMatchObject({
      IsSold: true,
      SalesDetails: { UnitPrice: 312.5, AccountCode: "210", TaxType: "OUTPUT2" },
    });
    const precise = rows((await api.get<Row>("/Items?unitdp=4")).body.Items);
    expect(precise.find((i) => i.Code === "SATR")?.SalesDetails).toMatchObject({ UnitPrice: 312.4999 });
    expect(items.find((i) => i.Code === "STATIONERY")).toMatchObject({ IsSold: false, IsPurchased: true });
    expect(rows((await api.get<Row>("/Items/vatret")).body.Items)[0]).toMatchObject({
      Code: "VATRET",
      Name: "VAT return",
    });
    const sold = rows((await api.get<Row>(`/Items?where=${encodeURIComponent("IsSold==true")}`)).body.Items);
    expect(sold.every((i) => i.IsSold === true)).toBe(true);
  });

  it("lists currencies", async () => {
    expect(rows((await api.get<Row>("/Currencies")).body.Currencies)).toEqual([
      { Code: "GBP", Description: "British Pound" },
      { Code: "EUR", Description: "Euro" },
      { Code: "USD", Description: "United States Dollar" },
    ]);
  });
});
