import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Sandbox } from "../sandbox.js";
import { DEMO_BAKERY_TENANT_ID, DEMO_FIRM_TENANT_ID } from "../seed/fixed-ids.js";
import { type AccountingClient, accountingClient, control, startTestSandbox } from "../testing/harness.js";

describe("rate limits", () => {
  let sandbox: Sandbox;
  let firm: AccountingClient;
  let bakery: AccountingClient;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ seed: "empty" });
    const token = (await sandbox.connect()).access_token;
    firm = accountingClient(sandbox, token, DEMO_FIRM_TENANT_ID);
    bakery = accountingClient(sandbox, token, DEMO_BAKERY_TENANT_ID);
  });
  afterEach(() => sandbox.close());

  it("reports what is left on every answer", async () => {
    const answer = await firm.get("/Organisation");
    expect(answer.headers.get("x-minlimit-remaining")).toBe("59");
    expect(answer.headers.get("x-daylimit-remaining")).toBe("4999");
    expect(answer.headers.get("x-appminlimit-remaining")).toBe("9999");
    const invalid = await firm.get("/Contacts?where=Nope%3D%3D1");
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get("x-minlimit-remaining")).toBe("58");
    // Every answer that reached the organisation carries the headers, whatever its status.
    await control(sandbox, "POST", "/faults", { match: { path: "/Items" }, status: 503 });
    const contact = { Contacts: [{ Name: "Counted Ltd" }] };
    const answers = [
      await firm.get("/Invoices/00000000-0000-4000-8000-000000000000"),
      await firm.get("/Reports/BalanceSheet"),
      await firm.get("/Organisation", { accept: "application/xml" }),
      await firm.get("/Items"),
      await firm.put("/Contacts", contact, { "Idempotency-Key": "count-1" }),
      await firm.put("/Contacts", contact, { "Idempotency-Key": "count-1" }),
    ];
    expect(answers.map((a) => a.status)).toEqual([404, 501, 406, 503, 200, 200]);
    expect(answers.map((a) => a.headers.get("x-minlimit-remaining"))).toEqual([
      "57",
      "56",
      "55",
      "54",
      "53",
      "52",
    ]);
    for (const answer of answers) {
      expect(answer.headers.get("x-daylimit-remaining")).toMatch(/^49\d\d$/);
      expect(answer.headers.get("x-appminlimit-remaining")).toMatch(/^99\d\d$/);
    }
  });

  it("allows 60 calls per organisation in a fixed minute, then 429 until the next minute", async () => {
    for (let i = 0; i < 60; i++) expect((await firm.get("/Currencies")).status).toBe(200);
    const refused = await firm.get<Record<string, unknown>>("/Currencies");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("x-rate-limit-problem")).toBe("minute");
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(refused.headers.get("x-minlimit-remaining")).toBe("0");
    expect((await bakery.get("/Currencies")).status).toBe(200);
    sandbox.advanceClock(59);
    expect((await firm.get("/Currencies")).headers.get("retry-after")).toBe("1");
    sandbox.advanceClock(1);
    const next = await firm.get("/Currencies");
    expect(next.status).toBe(200);
    expect(next.headers.get("x-minlimit-remaining")).toBe("59");
  });

  it("allows 5 calls in progress per organisation", async () => {
    await control(sandbox, "POST", "/faults", {
      match: { path: "/Organisation" },
      times: 5,
      delayMs: 60_000,
    });
    const slow = Array.from({ length: 5 }, () => firm.get("/Organisation"));
    for (;;) {
      const stats = await control<{ limits: Array<{ tenantId: string; inFlight: number }> }>(
        sandbox,
        "GET",
        "/stats",
      );
      if (stats.body.limits.find((l) => l.tenantId === DEMO_FIRM_TENANT_ID)?.inFlight === 5) break;
    }
    const sixth = await firm.get("/Currencies");
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get("x-rate-limit-problem")).toBe("concurrent");
    expect(sixth.headers.get("retry-after")).toBe("1");
    expect((await bakery.get("/Currencies")).status).toBe(200);
    await control(sandbox, "DELETE", "/faults");
    for (const answer of await Promise.all(slow)) expect(answer.status).toBe(200);
    expect((await firm.get("/Currencies")).status).toBe(200);
  });

  it("allows a day's quota per organisation until the next UTC day", async () => {
    await control(sandbox, "POST", "/limits", { perDay: 3 });
    for (let i = 0; i < 3; i++) expect((await firm.get("/Currencies")).status).toBe(200);
    const refused = await firm.get("/Currencies");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("x-rate-limit-problem")).toBe("day");
    // 09:30:00 UTC: 14.5 hours to midnight.
    expect(refused.headers.get("retry-after")).toBe(String(14.5 * 3600));
    sandbox.advanceClock(14.5 * 3600);
    const fresh = accountingClient(sandbox, (await sandbox.connect()).access_token, DEMO_FIRM_TENANT_ID);
    expect((await fresh.get("/Currencies")).status).toBe(200);
  });

  it("limits each app across all organisations per minute", async () => {
    await control(sandbox, "POST", "/limits", { appPerMinute: 3 });
    expect((await firm.get("/Currencies")).status).toBe(200);
    expect((await bakery.get("/Currencies")).status).toBe(200);
    expect((await firm.get("/Currencies")).headers.get("x-appminlimit-remaining")).toBe("0");
    const refused = await bakery.get("/Currencies");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("x-rate-limit-problem")).toBe("appminute");
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(refused.headers.get("x-appminlimit-remaining")).toBe("0");
    sandbox.advanceClock(60);
    expect((await bakery.get("/Currencies")).status).toBe(200);
  });
});
