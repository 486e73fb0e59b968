import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../sandbox.js";
import { DEMO_BAKERY_TENANT_ID, DEMO_FIRM_TENANT_ID } from "../seed/fixed-ids.js";
import { accountingClient, startTestSandbox } from "../testing/harness.js";

describe("who may call the Accounting API", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ seed: "empty" });
  });
  afterAll(() => sandbox.close());

  it("answers 401 Problem JSON for a missing or unknown token", async () => {
    const anonymous = await fetch(`${sandbox.accountingUrl}/Organisation`, {
      headers: { "xero-tenant-id": DEMO_FIRM_TENANT_ID, accept: "application/json" },
    });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({
      Title: "Unauthorized",
      Status: 401,
      Detail: "AuthenticationUnsuccessful",
    });
    const forged = accountingClient(sandbox, "eyJhbGciOiJSUzI1NiJ9.e30.c2ln", DEMO_FIRM_TENANT_ID);
    expect((await forged.get("/Organisation")).status).toBe(401);
  });

  it("answers 403 AuthenticationUnsuccessful without xero-tenant-id or for an organisation not connected", async () => {
    const tokens = await sandbox.connect({ tenantIds: [DEMO_FIRM_TENANT_ID] });
    const noTenant = await fetch(`${sandbox.accountingUrl}/Organisation`, {
      headers: { authorization: `Bearer ${tokens.access_token}`, accept: "application/json" },
    });
    expect(noTenant.status).toBe(403);
    expect(await noTenant.json()).toMatchObject({
      Title: "Forbidden",
      Status: 403,
      Detail: "AuthenticationUnsuccessful",
    });
    const other = accountingClient(sandbox, tokens.access_token, DEMO_BAKERY_TENANT_ID);
    expect((await other.get("/Organisation")).status).toBe(403);
    const soloTokens = await sandbox.connect({ email: "solo@kontor.test" });
    expect(
      (await accountingClient(sandbox, soloTokens.access_token, DEMO_FIRM_TENANT_ID).get("/Invoices")).status,
    ).toBe(403);
  });

  it("checks scopes: granular and broad scopes both grant invoices; .read scopes allow only reading", async () => {
    const granular = await sandbox.connect({
      scope: "openid offline_access accounting.invoices.read accounting.contacts",
    });
    const api = accountingClient(sandbox, granular.access_token, DEMO_FIRM_TENANT_ID);
    expect((await api.get("/Invoices")).status).toBe(200);
    expect((await api.get("/CreditNotes")).status).toBe(200);
    const write = await api.put("/Invoices", { Invoices: [{ Type: "ACCREC" }] });
    expect(write.status).toBe(403);
    expect(write.body).toMatchObject({ Status: 403, Detail: "AuthenticationUnsuccessful" });
    expect((await api.get("/TaxRates")).status).toBe(403);
    expect((await api.get("/Payments")).status).toBe(403);
    expect((await api.get("/BankTransactions")).status).toBe(403);

    const broad = await sandbox.connect({ scope: "accounting.transactions.read accounting.settings.read" });
    const broadApi = accountingClient(sandbox, broad.access_token, DEMO_FIRM_TENANT_ID);
    for (const path of [
      "/Invoices",
      "/Payments",
      "/BankTransactions",
      "/CreditNotes",
      "/Items",
      "/Accounts",
      "/Organisation",
      "/Currencies",
    ]) {
      expect((await broadApi.get(path)).status, path).toBe(200);
    }
    expect((await broadApi.get("/Contacts")).status).toBe(403);
  });

  it("answers JSON only to clients that ask for it, as Xero answers XML otherwise", async () => {
    const tokens = await sandbox.connect();
    const response = await fetch(`${sandbox.accountingUrl}/Organisation`, {
      headers: { authorization: `Bearer ${tokens.access_token}`, "xero-tenant-id": DEMO_FIRM_TENANT_ID },
    });
    expect(response.status).toBe(406);
  });

  it("tolerates a body on GET, as the official xero-node SDK sends one", async () => {
    const tokens = await sandbox.connect();
    const url = new URL(`${sandbox.accountingUrl}/Contacts?page=1`);
    const body = "{}";
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        url,
        {
          method: "GET",
          headers: {
            authorization: `Bearer ${tokens.access_token}`,
            "xero-tenant-id": DEMO_FIRM_TENANT_ID,
            accept: "application/json",
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
    expect(status).toBe(200);
  });

  it("ignores unknown query parameters and resource-name case, and answers 404 for unknown records", async () => {
    const tokens = await sandbox.connect();
    const api = accountingClient(sandbox, tokens.access_token, DEMO_FIRM_TENANT_ID);
    expect((await api.get("/invoices?colour=blue&Page=1")).status).toBe(200);
    const missing = await api.get("/Invoices/00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
    expect(missing.text).toBe("The resource you're looking for cannot be found");
    expect((await api.get("/NoSuchThing")).status).toBe(404);
    // What Xero has and the sandbox does not serve is 501, never a 404 that looks like Xero's own.
    expect((await api.get("/Invoices/00000000-0000-4000-8000-000000000000/History")).status).toBe(501);
    const report = await api.get<Record<string, unknown>>("/Reports/ExecutiveSummary?date=2026-02-28");
    expect(report.status).toBe(501);
    expect(report.body).toMatchObject({ Type: "NotImplementedException" });
    expect((await api.get("/ManualJournals?page=1")).status).toBe(501);
  });
});
