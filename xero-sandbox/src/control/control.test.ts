import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Sandbox } from "../sandbox.js";
import { DEMO_FIRM_TENANT_ID } from "../seed/fixed-ids.js";
import { accountingClient, basicAuth, control, startTestSandbox, tokenRequest } from "../testing/harness.js";

type Contacts = { Contacts: Array<Record<string, unknown>>; pagination?: { itemCount: number } };

describe("the control API", () => {
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = await startTestSandbox();
  });
  afterEach(() => sandbox.close());

  it("describes the sandbox", async () => {
    const info = await control<{
      issuerUrl: string;
      apiUrl: string;
      tenants: Array<{ name: string }>;
      users: unknown[];
    }>(sandbox, "GET", "");
    expect(info.body.issuerUrl).toBe(sandbox.issuerUrl);
    expect(info.body.apiUrl).toBe(sandbox.apiUrl);
    expect(info.body.tenants.map((t) => t.name)).toContain("Demo Accounting Firm Ltd");
  });

  it("resets to the freshly started state", async () => {
    const tokens = await sandbox.connect();
    const api = accountingClient(sandbox, tokens.access_token, DEMO_FIRM_TENANT_ID);
    await api.put("/Contacts", { Contacts: [{ Name: "Gone After Reset Ltd" }] });
    await control(sandbox, "POST", "/apps", {
      client_id: "other",
      client_secret: "s",
      redirect_uris: ["https://app.example/cb"],
    });
    expect((await control(sandbox, "POST", "/reset")).status).toBe(200);
    expect((await api.get("/Contacts")).status).toBe(401);
    const fresh = accountingClient(sandbox, (await sandbox.connect()).access_token, DEMO_FIRM_TENANT_ID);
    const found = await fresh.get<Contacts>(
      `/Contacts?where=${encodeURIComponent('Name=="Gone After Reset Ltd"')}`,
    );
    expect(found.body.Contacts).toEqual([]);
    expect((await control<{ apps: unknown[] }>(sandbox, "GET", "/apps")).body.apps).toHaveLength(1);
  });

  it("seeds 10,000 contacts, or an empty ledger", async () => {
    const seeded = await control(sandbox, "POST", "/seed", {
      profile: "demo",
      contacts: 10_000,
      invoices: 200,
    });
    expect(seeded.status).toBe(200);
    const api = accountingClient(sandbox, (await sandbox.connect()).access_token, DEMO_FIRM_TENANT_ID);
    const page = await api.get<Contacts>("/Contacts?page=1&pageSize=1000&includeArchived=true");
    // 10,000 customers plus the firm's three suppliers
    expect(page.body.pagination?.itemCount).toBe(10_003);
    const invoices = await api.get<{ Invoices: unknown[] }>("/Invoices?where=Type%3D%3D%22ACCREC%22");
    expect(invoices.body.Invoices).toHaveLength(200);
    await control(sandbox, "POST", "/seed", { profile: "empty" });
    expect((await api.get<Contacts>("/Contacts")).body.Contacts).toEqual([]);
    expect((await api.get<{ TaxRates: unknown[] }>("/TaxRates")).body.TaxRates.length).toBeGreaterThan(5);
    await control(sandbox, "POST", "/seed", { profile: "empty", contacts: 5, invoices: 20 });
    expect((await api.get<{ Invoices: unknown[] }>("/Invoices")).body.Invoices).toHaveLength(20);
    expect((await control(sandbox, "POST", "/seed", { profile: "empty", invoices: 5 })).status).toBe(200);
    expect((await control(sandbox, "POST", "/seed", { profile: "huge" })).status).toBe(400);
  });

  it("moves the clock forward only", async () => {
    expect((await control(sandbox, "GET", "/clock")).body).toMatchObject({
      now: "2026-03-16T09:30:00.000Z",
      mode: "frozen",
    });
    expect((await control(sandbox, "POST", "/clock", { advanceSeconds: 90 })).body).toEqual({
      now: "2026-03-16T09:31:30.000Z",
    });
    expect((await control(sandbox, "POST", "/clock", { advanceSeconds: -1 })).status).toBe(400);
  });

  it("registers apps whose redirect URIs must match exactly", async () => {
    const registered = await control(sandbox, "POST", "/apps", {
      client_id: "partner-app",
      client_secret: "partner-secret",
      redirect_uris: ["https://partner.example/xero/callback"],
    });
    expect(registered.status).toBe(201);
    const base = { client_id: "partner-app", scope: "openid accounting.contacts", email: "demo@kontor.test" };
    expect(
      (
        await control(sandbox, "POST", "/authorize", {
          ...base,
          redirect_uri: "https://partner.example/xero/callback?x=1",
        })
      ).status,
    ).toBe(400);
    const ok = await control<{ redirect: string }>(sandbox, "POST", "/authorize", {
      ...base,
      redirect_uri: "https://partner.example/xero/callback",
    });
    const code = new URL(ok.body.redirect).searchParams.get("code") ?? "";
    const tokens = await tokenRequest(
      sandbox,
      { grant_type: "authorization_code", code, redirect_uri: "https://partner.example/xero/callback" },
      basicAuth("partner-app", "partner-secret"),
    );
    expect(tokens.status).toBe(200);
    expect((await control(sandbox, "POST", "/apps", { client_id: "x" })).status).toBe(400);
  });

  it("records payments as if made in Xero", async () => {
    const api = accountingClient(sandbox, (await sandbox.connect()).access_token, DEMO_FIRM_TENANT_ID);
    const invoice = (
      await api.get<{ Invoices: Array<Record<string, unknown>> }>("/Invoices?Statuses=AUTHORISED")
    ).body.Invoices.find((i) => Number(i.AmountDue) > 0);
    const due = Number(invoice?.AmountDue);
    const paid = await control(sandbox, "POST", "/payments", {
      tenantId: DEMO_FIRM_TENANT_ID,
      invoiceId: invoice?.InvoiceID,
      amount: due,
      date: "2026-03-16",
    });
    expect(paid.body).toMatchObject({ invoiceStatus: "PAID", amountDue: 0 });
    const again = await control(sandbox, "POST", "/payments", {
      tenantId: DEMO_FIRM_TENANT_ID,
      invoiceId: invoice?.InvoiceID,
      amount: 1,
    });
    expect(again.status).toBe(400);
    expect(
      (
        await control(sandbox, "POST", "/payments", {
          tenantId: DEMO_FIRM_TENANT_ID,
          invoiceId: "nope",
          amount: 1,
        })
      ).status,
    ).toBe(404);
  });

  it("logs identity and API calls and counts them by endpoint and organisation", async () => {
    const tokens = await sandbox.connect();
    await control(sandbox, "DELETE", "/requests");
    const api = accountingClient(sandbox, tokens.access_token, DEMO_FIRM_TENANT_ID);
    await api.get("/Invoices?page=2");
    await api.get(`/Invoices/${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}`);
    await api.put("/Contacts", { Contacts: [{ Name: "Logged Ltd" }] }, { "Idempotency-Key": "log-1" });
    await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: String(tokens.refresh_token) });
    const log = await control<{ requests: Array<Record<string, unknown>> }>(sandbox, "GET", "/requests");
    expect(log.body.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ["GET", "/api/api.xro/2.0/Invoices", 200],
      ["GET", "/api/api.xro/2.0/Invoices/00000000-0000-4000-8000-000000000000", 404],
      ["PUT", "/api/api.xro/2.0/Contacts", 200],
      ["POST", "/identity/connect/token", 200],
    ]);
    expect(log.body.requests[0]).toMatchObject({
      time: "2026-03-16T09:30:00.000Z",
      method: "GET",
      query: { page: "2" },
      tenantId: DEMO_FIRM_TENANT_ID,
      clientId: "kontor-demo",
    });
    expect(log.body.requests[2]).toMatchObject({ idempotencyKey: "log-1" });
    expect(log.body.requests[3]).toMatchObject({ grantType: "refresh_token" });
    const stats = await control<{
      total: number;
      byEndpoint: Record<string, number>;
      byTenant: Record<string, number>;
    }>(sandbox, "GET", "/stats");
    expect(stats.body.total).toBe(4);
    expect(stats.body.byEndpoint).toMatchObject({
      "GET /api.xro/2.0/Invoices": 1,
      "GET /api.xro/2.0/Invoices/{id}": 1,
      "PUT /api.xro/2.0/Contacts": 1,
    });
    expect(stats.body.byTenant).toEqual({ [DEMO_FIRM_TENANT_ID]: 3 });
    expect((await control(sandbox, "DELETE", "/requests")).status).toBe(204);
    expect((await control<{ requests: unknown[] }>(sandbox, "GET", "/requests")).body.requests).toEqual([]);
    expect((await control<{ total: number }>(sandbox, "GET", "/stats")).body.total).toBe(0);
  });
});
