import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Sandbox } from "./sandbox.js";
import { DEMO_BAKERY_TENANT_ID, DEMO_FIRM_TENANT_ID } from "./seed/fixed-ids.js";
import { type AccountingClient, accountingClient, control, startTestSandbox } from "./testing/harness.js";

type Invoices = { Invoices: Array<Record<string, unknown>> };

describe("Idempotency-Key", () => {
  let sandbox: Sandbox;
  let api: AccountingClient;
  let token: string;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ seed: "empty" });
    token = (await sandbox.connect()).access_token;
    api = accountingClient(sandbox, token, DEMO_FIRM_TENANT_ID);
  });
  afterEach(() => sandbox.close());

  const invoice = (reference: string) => ({
    Invoices: [
      {
        Type: "ACCREC",
        Contact: { Name: "Idempotent Client Ltd" },
        Date: "2026-03-16",
        Status: "AUTHORISED",
        Reference: reference,
        LineItems: [{ Description: "Advice", Quantity: 1, UnitAmount: 10, AccountCode: "220" }],
      },
    ],
  });
  const count = async (reference: string) =>
    (await api.get<Invoices>(`/Invoices?where=${encodeURIComponent(`Reference=="${reference}"`)}`)).body
      .Invoices.length;

  it("answers a repeat with the first answer and creates nothing", async () => {
    const first = await api.put<Invoices>("/Invoices", invoice("idem-1"), { "Idempotency-Key": "key-1" });
    const again = await api.put<Invoices>("/Invoices", invoice("idem-1"), { "Idempotency-Key": "key-1" });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(await count("idem-1")).toBe(1);
    const log = await control<{ requests: Array<{ idempotencyKey?: string; idempotentReplay?: boolean }> }>(
      sandbox,
      "GET",
      "/requests?method=PUT",
    );
    expect(log.body.requests.map((r) => [r.idempotencyKey, r.idempotentReplay ?? false])).toEqual([
      ["key-1", false],
      ["key-1", true],
    ]);
  });

  it("refuses the same key with a different request, and keys over 128 characters", async () => {
    await api.put("/Invoices", invoice("idem-2"), { "Idempotency-Key": "key-2" });
    const other = await api.put<Record<string, unknown>>("/Invoices", invoice("idem-2b"), {
      "Idempotency-Key": "key-2",
    });
    expect(other.status).toBe(400);
    expect(other.body.Type).toBe("ValidationException");
    expect(await count("idem-2b")).toBe(0);
    const long = await api.put("/Invoices", invoice("idem-3"), { "Idempotency-Key": "k".repeat(129) });
    expect(long.status).toBe(400);
    expect(
      (await api.put("/Invoices", invoice("idem-3"), { "Idempotency-Key": "k".repeat(128) })).status,
    ).toBe(200);
  });

  it("remembers keys for six minutes of sandbox time, per organisation", async () => {
    await api.put("/Invoices", invoice("idem-4"), { "Idempotency-Key": "key-4" });
    const bakery = accountingClient(sandbox, token, DEMO_BAKERY_TENANT_ID);
    expect((await bakery.put("/Invoices", invoice("idem-4"), { "Idempotency-Key": "key-4" })).status).toBe(
      200,
    );
    sandbox.advanceClock(5 * 60);
    await api.put("/Invoices", invoice("idem-4"), { "Idempotency-Key": "key-4" });
    expect(await count("idem-4")).toBe(1);
    sandbox.advanceClock(61);
    await api.put("/Invoices", invoice("idem-4"), { "Idempotency-Key": "key-4" });
    expect(await count("idem-4")).toBe(2);
  });

  it("replays validation failures too", async () => {
    const bad = {
      Invoices: [
        {
          ...invoice("idem-5").Invoices[0],
          LineItems: [{ Description: "x", Quantity: 1, UnitAmount: 1, AccountCode: "999" }],
        },
      ],
    };
    const first = await api.put("/Invoices", bad, { "Idempotency-Key": "key-5" });
    const again = await api.put("/Invoices", bad, { "Idempotency-Key": "key-5" });
    expect(first.status).toBe(400);
    expect(again.status).toBe(400);
    expect(again.text).toBe(first.text);
  });
});
