import { describe, expect, it } from "vitest";
import type { BillingRun, BillingRunPreview } from "../../../../shared/api/contracts.js";
import { todayIn } from "../../../../shared/calendar-dates.js";
import { setupTestApp } from "../../../test/test-app.js";
import { addProduct } from "../contracts/test-contracts.js";
import { addClient } from "../test/billing-firm.js";
import { allInvoices, firmWithContracts, setContract } from "./test-billing.js";

const t = setupTestApp();

type Agent = Parameters<typeof allInvoices>[0];

async function preview(agent: Agent, period: string): Promise<BillingRunPreview> {
  const res = await agent.get<BillingRunPreview>(`/api/billing/runs/preview?period=${period}`);
  expect(res.status).toBe(200);
  return res.body;
}

async function runPeriod(agent: Agent, period: string): Promise<BillingRun> {
  const started = await agent.post<{ id: string }>("/api/billing/runs", { period });
  expect(started.status).toBe(202);
  await t.jobs.runAll();
  return (await agent.get<BillingRun>(`/api/billing/runs/${started.body.id}`)).body;
}

describe("previewing the invoices for a period", () => {
  it("lists exactly the invoices the run then creates, and writes nothing", async () => {
    const { owner, client, bookkeeping } = await firmWithContracts(t, [31]);
    const payroll = await addProduct(owner, "PAY", "40.00");
    const birch = await addClient(owner, { name: "Birch Studio OÜ" });
    await setContract(owner, birch.id, {
      billingDay: 5,
      lines: [
        {
          productId: payroll.id,
          quantity: "2",
          unitPrice: "35.50",
          frequency: "quarterly",
          startMonth: "2026-11",
        },
        { productId: bookkeeping.id, quantity: "1", frequency: "yearly", startMonth: "2026-03" },
      ],
    });

    const before = await preview(owner, "2026-11");
    expect(await allInvoices(owner)).toEqual([]);
    expect(before).toMatchObject({ period: "2026-11", alreadyBilled: 0, problems: [], workingRunId: null });
    expect(before.invoices.map((i) => [i.client.name, i.date, i.currency, i.total])).toEqual([
      [client.name, "2026-11-30", "EUR", "150.00"],
      [birch.name, "2026-11-05", "EUR", "71.00"],
    ]);
    expect(before.invoices[1]!.lines).toEqual([
      {
        description: "PAY fee, November 2026 – January 2027",
        quantity: "2",
        unitPrice: "35.50",
        lineAmount: "71.00",
      },
    ]);
    expect(before.totals).toEqual([{ currency: "EUR", invoices: 2, total: "221.00" }]);

    expect((await runPeriod(owner, "2026-11")).created).toBe(2);
    const made = await allInvoices(owner);
    const asPreviewed = made
      .map((i) => ({
        client: i.client.name,
        date: i.date,
        currency: i.currency,
        total: i.total,
        lines: i.lines.map((l) => [l.description, l.quantity, l.unitPrice, l.lineAmount]),
      }))
      .sort((a, b) => a.client.localeCompare(b.client));
    expect(asPreviewed).toEqual(
      before.invoices.map((i) => ({
        client: i.client.name,
        date: i.date,
        currency: i.currency,
        total: i.total,
        lines: i.lines.map((l) => [l.description, l.quantity, l.unitPrice, l.lineAmount]),
      })),
    );

    const after = await preview(owner, "2026-11");
    expect(after).toMatchObject({ invoices: [], totals: [], alreadyBilled: 2, problems: [] });
  });

  it("names the clients whose invoice cannot be made, and why", async () => {
    const { owner, clientIds } = await firmWithContracts(t, [5, 5]);
    const unpriced = await addProduct(owner, "ADV", "10.00");
    await setContract(owner, clientIds[1]!, {
      billingDay: 5,
      lines: [{ productId: unpriced.id, quantity: "1", frequency: "monthly", startMonth: "2026-01" }],
    });
    expect((await owner.patch(`/api/billing/products/${unpriced.id}`, { unitPrice: null })).status).toBe(200);
    const previewed = await preview(owner, "2026-11");
    expect(previewed.invoices.map((i) => i.client.id)).toEqual([clientIds[0]]);
    expect(previewed.problems).toEqual([
      {
        clientId: clientIds[1],
        clientName: "Client 1 OÜ",
        message: expect.stringMatching(/ADV has no price/),
      },
    ]);
  });

  it("is this month in the company's time zone when no period is asked", async () => {
    const { owner } = await firmWithContracts(t, [5], "Pacific/Auckland");
    const res = await owner.get<BillingRunPreview>("/api/billing/runs/preview");
    expect(res.status).toBe(200);
    expect(res.body.period).toBe(todayIn("Pacific/Auckland", t.clock.now()).slice(0, 7));
    expect(res.body.invoices).toHaveLength(1);
  });

  it("says when a run of the period is still creating invoices", async () => {
    const { owner } = await firmWithContracts(t, [5]);
    const { id } = (await owner.post<{ id: string }>("/api/billing/runs", { period: "2026-11" })).body;
    expect((await preview(owner, "2026-11")).workingRunId).toBe(id);
    await t.jobs.runAll();
    expect((await preview(owner, "2026-11")).workingRunId).toBeNull();
  });

  it("shows only the company's own clients; Owner or Admin only, with the Billing app; a bad period is 400", async () => {
    const { owner } = await firmWithContracts(t, [5]);
    const other = await firmWithContracts(t, [5, 6, 7]);
    const mine = await preview(owner, "2026-11");
    expect(mine.invoices.map((i) => i.client.name)).toEqual(["Alder Bakery OÜ"]);
    expect(mine.totals).toEqual([{ currency: "EUR", invoices: 1, total: "150.00" }]);
    await runPeriod(other.owner, "2026-11");
    expect((await preview(owner, "2026-11")).alreadyBilled).toBe(0);

    const member = await t.join(owner, "member");
    expect((await member.get("/api/billing/runs/preview?period=2026-11")).status).toBe(403);
    const admin = await t.join(owner, "admin");
    expect((await admin.get("/api/billing/runs/preview?period=2026-11")).status).toBe(200);
    const bad = await owner.get<{ error: { message: string; details?: { message: string }[] } }>(
      "/api/billing/runs/preview?period=2026-13",
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("Use a month as YYYY-MM.");
    // Without the Billing app there is nothing to preview.
    const plain = await t.signUp();
    expect((await plain.get("/api/billing/runs/preview?period=2026-11")).status).toBe(402);
  });
});

describe("the API document", () => {
  it("describes the preview, with its optional period", async () => {
    type Doc = { paths: Record<string, { get?: { parameters?: { name: string; required?: boolean }[] } }> };
    const doc = await t.agent().get<Doc>("/api/openapi.json");
    expect(doc.status).toBe(200);
    const params = doc.body.paths["/billing/runs/preview"]?.get?.parameters ?? [];
    expect(params.map((p) => [p.name, p.required ?? false])).toEqual([["period", false]]);
  });
});
