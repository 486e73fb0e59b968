import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Sandbox } from "./sandbox.js";
import { DEMO_FIRM_TENANT_ID } from "./seed/fixed-ids.js";
import {
  type AccountingClient,
  accountingClient,
  control,
  startTestSandbox,
  tokenRequest,
} from "./testing/harness.js";

type Invoices = { Invoices: Array<Record<string, unknown>> };

describe("the fault injector", () => {
  let sandbox: Sandbox;
  let api: AccountingClient;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ seed: "empty" });
    api = accountingClient(sandbox, (await sandbox.connect()).access_token, DEMO_FIRM_TENANT_ID);
  });
  afterEach(() => sandbox.close());

  const invoice = (reference: string) => ({
    Invoices: [
      {
        Type: "ACCREC",
        Contact: { Name: "Fault Tolerant Ltd" },
        Status: "AUTHORISED",
        Reference: reference,
        LineItems: [{ Description: "Work", Quantity: 1, UnitAmount: 50, AccountCode: "210" }],
      },
    ],
  });
  const count = async (reference: string) =>
    (await api.get<Invoices>(`/Invoices?where=${encodeURIComponent(`Reference=="${reference}"`)}`)).body
      .Invoices.length;

  it("fails the next N matching calls with a status, then lets calls through", async () => {
    const added = await control(sandbox, "POST", "/faults", {
      match: { method: "GET", path: "/Invoices" },
      times: 2,
      status: 503,
    });
    expect(added.status).toBe(201);
    const first = await api.get<Record<string, unknown>>("/Invoices");
    expect(first.status).toBe(503);
    expect(first.body).toMatchObject({ Status: 503, Detail: "Organisation offline" });
    expect((await api.get("/Contacts")).status).toBe(200);
    expect((await api.get("/Invoices")).status).toBe(503);
    expect((await api.get("/Invoices")).status).toBe(200);
    expect((await control(sandbox, "POST", "/faults", { times: 1 })).status).toBe(400);
  });

  it("answers a status fault with the headers asked for", async () => {
    await control(sandbox, "POST", "/faults", {
      match: { path: "/Invoices" },
      status: 429,
      headers: { "Retry-After": "31536000" },
    });
    const answer = await fetch(`${sandbox.accountingUrl}/Invoices`, {
      headers: {
        Authorization: `Bearer ${(await sandbox.connect()).access_token}`,
        "xero-tenant-id": DEMO_FIRM_TENANT_ID,
        Accept: "application/json",
      },
    });
    expect(answer.status).toBe(429);
    expect(answer.headers.get("retry-after")).toBe("31536000");
  });

  it("delays a call until the delay passes or is released", async () => {
    await control(sandbox, "POST", "/faults", { match: { path: "/Organisation" }, delayMs: 60_000 });
    let settled = false;
    const slow = api.get("/Organisation").then((answer) => {
      settled = true;
      return answer;
    });
    await api.get("/Currencies");
    expect(settled).toBe(false);
    await control(sandbox, "POST", "/faults/release");
    expect((await slow).status).toBe(200);
  });

  it("resets the connection without doing the work", async () => {
    await control(sandbox, "POST", "/faults", { match: { method: "PUT", path: "/Invoices" }, reset: true });
    await expect(api.put("/Invoices", invoice("reset-1"))).rejects.toThrow();
    expect(await count("reset-1")).toBe(0);
    const log = await control<{ requests: Array<{ dropped?: string; status: number }> }>(
      sandbox,
      "GET",
      "/requests?method=PUT",
    );
    expect(log.body.requests).toMatchObject([{ dropped: "reset", status: 0 }]);
  });

  it("drops the answer after committing a write; a retry with the same Idempotency-Key gets the answer", async () => {
    await control(sandbox, "POST", "/faults", {
      match: { method: "PUT", path: "/Invoices" },
      dropResponseAfterCommit: true,
    });
    await expect(api.put("/Invoices", invoice("lost-1"), { "Idempotency-Key": "lost-1" })).rejects.toThrow();
    expect(await count("lost-1")).toBe(1);
    const retry = await api.put<Invoices>("/Invoices", invoice("lost-1"), { "Idempotency-Key": "lost-1" });
    expect(retry.status).toBe(200);
    expect(retry.body.Invoices[0]?.Reference).toBe("lost-1");
    expect(await count("lost-1")).toBe(1);
  });

  it("drops a token refresh after rotating; the previous refresh token then answers the same new set", async () => {
    const tokens = await sandbox.connect();
    await control(sandbox, "POST", "/faults", {
      match: { method: "POST", path: "/identity/connect/token" },
      dropResponseAfterCommit: true,
    });
    await expect(
      tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: String(tokens.refresh_token) }),
    ).rejects.toThrow();
    const retried = await tokenRequest(sandbox, {
      grant_type: "refresh_token",
      refresh_token: String(tokens.refresh_token),
    });
    expect(retried.status).toBe(200);
    expect(retried.body.refresh_token).not.toBe(tokens.refresh_token);
    const again = await tokenRequest(sandbox, {
      grant_type: "refresh_token",
      refresh_token: String(tokens.refresh_token),
    });
    expect(again.body.access_token).toBe(retried.body.access_token);
    const fresh = accountingClient(sandbox, String(retried.body.access_token), DEMO_FIRM_TENANT_ID);
    expect((await fresh.get("/Organisation")).status).toBe(200);
  });

  it("edits the real answer of a call matching a query: members set, removed, elements prepended", async () => {
    await api.put("/Contacts", { Contacts: [{ Name: "Alpha Ltd" }, { Name: "Beta Ltd" }] });
    await control(sandbox, "POST", "/faults", {
      match: { method: "GET", path: "/Contacts", query: { page: "2" } },
      edit: {
        set: { pagination: { page: 2, pageSize: 1, pageCount: 99, itemCount: 99 } },
        prepend: { Contacts: [{ ContactID: "again", Name: "Alpha Ltd" }] },
        omit: ["ProviderName"],
      },
    });
    const first = await api.get<Record<string, unknown>>("/Contacts?page=1&pageSize=1&order=Name");
    expect(first.body.pagination).toMatchObject({ pageCount: 2 });
    const second = await api.get<{ Contacts: { Name: string }[] } & Record<string, unknown>>(
      "/Contacts?page=2&pageSize=1&order=Name",
    );
    expect(second.status).toBe(200);
    expect(second.body.Contacts.map((c) => c.Name)).toEqual(["Alpha Ltd", "Beta Ltd"]);
    expect(second.body.pagination).toMatchObject({ pageCount: 99 });
    expect(second.body.ProviderName).toBeUndefined();
    expect(second.body.Status).toBe("OK");
    expect(
      (await api.get<Record<string, unknown>>("/Contacts?page=2&pageSize=1")).body.pagination,
    ).toMatchObject({
      pageCount: 2,
    });
  });

  it("answers identity faults in OAuth's error format", async () => {
    await control(sandbox, "POST", "/faults", { match: { path: "/identity/connect/token" }, status: 503 });
    const answer = await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: "x" });
    expect(answer.status).toBe(503);
    expect(answer.body).toEqual({ error: "temporarily_unavailable" });
  });
});
