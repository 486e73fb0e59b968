import { describe, expect, it } from "vitest";
import { DEMO_FIRM_TENANT_ID } from "../../../../../xero-sandbox/src/sandbox.js";
import type { BillingSettings } from "../../../../shared/api/billing-settings.js";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { Invoice } from "../../../../shared/api/invoices.js";
import { setupTestApp } from "../../../test/test-app.js";
import { setCompanyPlan } from "../../companies/set-company-plan.js";
import { authorizeXero } from "../../integrations/test/connect-xero.js";
import { billingFirm } from "../test/billing-firm.js";

const t = setupTestApp({ xero: true });

const DEFAULTS: BillingSettings = {
  accountingService: "none",
  numberPrefix: "INV-",
  nextNumber: 1,
  paymentTerms: { days: 14, from: "invoice_date" },
  defaultVatRateId: null,
  amountsAre: "exclusive",
  unitPriceDecimals: 2,
  baseCurrency: "EUR",
  firm: {
    legalName: null,
    registryCode: null,
    vatNumber: null,
    address: null,
    bankAccount: null,
    email: null,
    phone: null,
  },
};

describe("Billing settings", () => {
  it("reads the defaults before anything is saved, then what was saved", async () => {
    const { owner, vat } = await billingFirm(t);
    expect((await owner.get<BillingSettings>("/api/billing/settings")).body).toEqual(DEFAULTS);
    const saved: BillingSettings = {
      ...DEFAULTS,
      numberPrefix: "2026-",
      nextNumber: 100,
      paymentTerms: { days: 10, from: "end_of_month" },
      defaultVatRateId: vat.standard,
      amountsAre: "inclusive",
      unitPriceDecimals: 4,
      baseCurrency: "GBP",
      firm: {
        legalName: "Ledger & Co OÜ",
        registryCode: "10000001",
        vatNumber: "EE100000001",
        address: "Narva mnt 5\n10117 Tallinn",
        bankAccount: "EE38 2200 2210 2014 5685, Swedbank",
        email: "billing@ledger.example",
        phone: "+372 600 0000",
      },
    };
    const put = await owner.request<BillingSettings>("PUT", "/api/billing/settings", saved);
    expect(put.status).toBe(200);
    expect(put.body).toEqual(saved);
    expect((await owner.get<BillingSettings>("/api/billing/settings")).body).toEqual(saved);
  });

  it("lets only the Owner or an Admin change them; Members read them", async () => {
    const { owner } = await billingFirm(t);
    const admin = await t.join(owner, "admin");
    const member = await t.join(owner, "member");
    expect((await member.get("/api/billing/settings")).status).toBe(200);
    const refused = await member.request<ErrorBody>("PUT", "/api/billing/settings", DEFAULTS);
    expect(refused.status).toBe(403);
    const ok = await admin.request("PUT", "/api/billing/settings", { ...DEFAULTS, nextNumber: 7 });
    expect(ok.status).toBe(200);
  });

  it("needs the Billing app: 402 off-plan, 409 while it is not enabled", async () => {
    const owner = await t.signUp({ companyName: "Free Firm" });
    const offPlan = await owner.get<ErrorBody>("/api/billing/settings");
    expect(offPlan.status).toBe(402);
    expect(offPlan.body.error.message).toMatch(/Team or Elite/);
    await setCompanyPlan(t.database.db, "Free Firm", "team");
    const disabled = await owner.get<ErrorBody>("/api/billing/settings");
    expect(disabled.status).toBe(409);
    expect(disabled.body.error).toMatchObject({
      code: "app_not_enabled",
      message: expect.stringMatching(/Enable Billing/),
    });
  });

  it("refuses Xero as the accounting service until Xero is connected, then accepts it", async () => {
    const { owner } = await billingFirm(t);
    const refused = await owner.request<ErrorBody>("PUT", "/api/billing/settings", {
      ...DEFAULTS,
      accountingService: "xero",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual([
      { field: "accountingService", message: expect.stringMatching(/Connect Xero first/) },
    ]);
    expect((await owner.get<BillingSettings>("/api/billing/settings")).body.accountingService).toBe("none");

    expect((await owner.post("/api/apps/xero/enable")).status).toBe(200);
    await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
    const accepted = await owner.request<BillingSettings>("PUT", "/api/billing/settings", {
      ...DEFAULTS,
      accountingService: "xero",
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.accountingService).toBe("xero");
  });

  it("takes a default VAT rate only from the company's own (404 for another company's)", async () => {
    const acme = await billingFirm(t, "Acme");
    const globex = await billingFirm(t, "Globex");
    const res = await acme.owner.request<ErrorBody>("PUT", "/api/billing/settings", {
      ...DEFAULTS,
      defaultVatRateId: globex.vat.standard,
    });
    expect(res.status).toBe(404);
    expect(res.body.error.details).toEqual([{ field: "defaultVatRateId", message: expect.any(String) }]);
    expect((await acme.owner.get<BillingSettings>("/api/billing/settings")).body).toEqual(DEFAULTS);
  });

  it("refuses a next number that would give a number already used, naming the first free one", async () => {
    const { owner, client } = await billingFirm(t);
    for (let i = 0; i < 3; i++) {
      const created = await owner.post<Invoice>("/api/invoices", {
        clientId: client.id,
        lines: [{ description: "Bookkeeping", quantity: "1", unitPrice: "100" }],
      });
      expect((await owner.post(`/api/invoices/${created.body.id}/issue`)).status).toBe(200);
    }
    const res = await owner.request<ErrorBody>("PUT", "/api/billing/settings", {
      ...DEFAULTS,
      nextNumber: 2,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      "INV-3 is already used: the next number must be 4 or more, or use another prefix.",
    );
    expect((await owner.get<BillingSettings>("/api/billing/settings")).body.nextNumber).toBe(4);
    // Another prefix starts its own numbers.
    const other = await owner.request("PUT", "/api/billing/settings", {
      ...DEFAULTS,
      numberPrefix: "B-",
      nextNumber: 1,
    });
    expect(other.status).toBe(200);
  });

  it("answers 400 with field errors for bad values", async () => {
    const { owner } = await billingFirm(t);
    const res = await owner.request<ErrorBody>("PUT", "/api/billing/settings", {
      ...DEFAULTS,
      nextNumber: 0,
      paymentTerms: { days: -1, from: "someday" },
      unitPriceDecimals: 3,
    });
    expect(res.status).toBe(400);
    const fields = (res.body.error.details as { field: string }[]).map((d) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining(["nextNumber", "paymentTerms.days", "paymentTerms.from", "unitPriceDecimals"]),
    );
  });
});
