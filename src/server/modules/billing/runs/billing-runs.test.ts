import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { BillingRun } from "../../../../shared/api/contracts.js";
import { billingRuns } from "../../../db/schema/contracts.js";
import { setupTestApp } from "../../../test/test-app.js";
import { addProduct } from "../contracts/test-contracts.js";
import { addClient } from "../test/billing-firm.js";
import { billNextClients, RunMovedOnError } from "./bill-clients.js";
import { billOnSchedule } from "./bill-on-schedule.js";
import { allInvoices, firmWithContracts, invoicedKeys, setContract } from "./test-billing.js";

const t = setupTestApp();

async function runPeriod(agent: Parameters<typeof allInvoices>[0], period: string): Promise<BillingRun> {
  const started = await agent.post<{ id: string }>("/api/billing/runs", { period });
  expect(started.status).toBe(202);
  await t.jobs.runAll();
  return (await agent.get<BillingRun>(`/api/billing/runs/${started.body.id}`)).body;
}

describe("creating invoices for a period", () => {
  it("makes one In progress invoice per client with the lines due in the period, dated on its billing day", async () => {
    const { owner, client, bookkeeping } = await firmWithContracts(t, []);
    const payroll = await addProduct(owner, "PAY", "40.00");
    const birch = await addClient(owner, { name: "Birch Studio OÜ" });
    await setContract(owner, client.id, {
      billingDay: 31,
      lines: [
        { productId: bookkeeping.id, quantity: "1", frequency: "monthly", startMonth: "2026-01" },
        {
          productId: payroll.id,
          quantity: "2",
          unitPrice: "35.50",
          frequency: "quarterly",
          startMonth: "2026-11",
        },
        {
          productId: payroll.id,
          quantity: "1",
          frequency: "monthly",
          startMonth: "2026-01",
          endMonth: "2026-10",
        },
      ],
    });
    // Nothing of Birch's is due in November.
    await setContract(owner, birch.id, {
      billingDay: 5,
      lines: [{ productId: bookkeeping.id, quantity: "1", frequency: "yearly", startMonth: "2026-03" }],
    });
    const run = await runPeriod(owner, "2026-11");
    expect(run).toMatchObject({
      status: "done",
      period: "2026-11",
      trigger: "manual",
      created: 1,
      skipped: 0,
    });
    expect(run.progress).toEqual({ done: 2, total: 2 });
    const [invoice, ...others] = await allInvoices(owner);
    expect(others).toEqual([]);
    expect(invoice).toMatchObject({
      status: "in_progress",
      client: { id: client.id },
      date: "2026-11-30",
      subTotal: "221.00",
    });
    expect(invoice!.lines.map((l) => [l.description, l.quantity, l.unitPrice, l.period])).toEqual([
      ["BK fee, November 2026", "1", "150.00", "2026-11"],
      ["PAY fee, November 2026 – January 2027", "2", "35.50", "2026-11"],
    ]);
  });

  it("run again, creates nothing; not even after the firm deleted the invoice", async () => {
    const { owner } = await firmWithContracts(t, [5, 10]);
    expect((await runPeriod(owner, "2026-11")).created).toBe(2);
    const again = await runPeriod(owner, "2026-11");
    expect(again).toMatchObject({ status: "done", created: 0, skipped: 2 });
    const [first] = await allInvoices(owner);
    expect((await owner.delete(`/api/invoices/${first!.id}`)).status).toBe(204);
    expect((await runPeriod(owner, "2026-11")).created).toBe(0);
    expect(await allInvoices(owner)).toHaveLength(1);
    // The next period is billed as usual.
    expect((await runPeriod(owner, "2026-12")).created).toBe(2);
  });

  it("bills a line added later on its own invoice, and the rest not again", async () => {
    const { owner, client, bookkeeping } = await firmWithContracts(t, [5]);
    await runPeriod(owner, "2026-11");
    const contract = (await owner.get<{ lines: { id: string }[] }>(`/api/clients/${client.id}/contract`))
      .body;
    await setContract(owner, client.id, {
      billingDay: 5,
      lines: [
        {
          id: contract.lines[0]!.id,
          productId: bookkeeping.id,
          quantity: "1",
          frequency: "monthly",
          startMonth: "2026-01",
        },
        {
          productId: bookkeeping.id,
          quantity: "3",
          unitPrice: "10",
          frequency: "monthly",
          startMonth: "2026-11",
        },
      ],
    });
    expect((await runPeriod(owner, "2026-11")).created).toBe(1);
    const keys = await invoicedKeys(t.database.db);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
  });

  it("goes on after a restart mid-run from where it was, billing every client once", async () => {
    const { owner, scope, clientIds } = await firmWithContracts(t, [5, 5, 5]);
    const { id } = (await owner.post<{ id: string }>("/api/billing/runs", { period: "2026-11" })).body;
    // The process bills the first client, then dies: its job is lost with it.
    t.jobs.queued.splice(0);
    const [queued] = await scope
      .update(billingRuns, { status: "running", progressTotal: 3 }, eq(billingRuns.id, id))
      .returning();
    const afterOne = await billNextClients(scope, queued!, { now: t.clock.now(), limit: 1 });
    expect(afterOne).toMatchObject({ created: 1, progressDone: 1 });
    // The new process's schedule finds the run stalled and queues it again (and, it being 15
    // January on the test clock, bills January too).
    t.advance(5 * 60);
    expect(await billOnSchedule(t.deps)).toMatchObject({ resumed: 1 });
    await t.jobs.runAll();
    const run = (await owner.get<BillingRun>(`/api/billing/runs/${id}`)).body;
    expect(run).toMatchObject({ status: "done", created: 3, progress: { done: 3, total: 3 } });
    const november = (await allInvoices(owner)).filter((i) => i.lines[0]!.period === "2026-11");
    expect(november.map((i) => i.client.id).sort()).toEqual([...clientIds].sort());
    // The old job, woken late with what it knew, finds the run moved on and bills nothing.
    await expect(billNextClients(scope, queued!, { now: t.clock.now() })).rejects.toBeInstanceOf(
      RunMovedOnError,
    );
    expect(await allInvoices(owner)).toHaveLength(6);
  });

  it("never bills a client, line and period twice, even when two runs of the period work at once", async () => {
    const { scope } = await firmWithContracts(t, [5, 12]);
    const run = (period: string) =>
      scope
        .insert(billingRuns, { period, trigger: "manual", status: "running", progressTotal: 2 })
        .returning();
    const [a] = await run("2026-11");
    const [b] = await run("2026-11");
    await billNextClients(scope, a!, { now: t.clock.now() });
    const second = await billNextClients(scope, b!, { now: t.clock.now() });
    expect(second).toMatchObject({ created: 0, skipped: 2 });
    const keys = await invoicedKeys(t.database.db);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
  });

  it("reports a client whose invoice cannot be made, and bills the others", async () => {
    const { owner, clientIds } = await firmWithContracts(t, [5, 5]);
    const unpriced = await addProduct(owner, "ADV", "10.00");
    await setContract(owner, clientIds[1]!, {
      billingDay: 5,
      lines: [{ productId: unpriced.id, quantity: "1", frequency: "monthly", startMonth: "2026-01" }],
    });
    // The product lost its price after the contract was made.
    expect((await owner.patch(`/api/billing/products/${unpriced.id}`, { unitPrice: null })).status).toBe(200);
    const run = await runPeriod(owner, "2026-11");
    expect(run).toMatchObject({ status: "done", created: 1 });
    expect(run.problems).toEqual([
      {
        clientId: clientIds[1],
        clientName: "Client 1 OÜ",
        message: expect.stringMatching(/ADV has no price/),
      },
    ]);
  });

  it("is started by the Owner or an Admin only, one at a time per period; bad input 400; another company's run 404", async () => {
    const { owner } = await firmWithContracts(t, [5]);
    const member = await t.join(owner, "member");
    expect((await member.post("/api/billing/runs", { period: "2026-11" })).status).toBe(403);
    expect((await owner.post("/api/billing/runs", { period: "2026-13" })).status).toBe(400);
    expect((await owner.post("/api/billing/runs", {})).status).toBe(400);
    const { id } = (await owner.post<{ id: string }>("/api/billing/runs", { period: "2026-11" })).body;
    expect((await owner.post("/api/billing/runs", { period: "2026-11" })).status).toBe(409);
    expect((await member.get(`/api/billing/runs/${id}`)).status).toBe(200);
    const other = await firmWithContracts(t, []);
    expect((await other.owner.get(`/api/billing/runs/${id}`)).status).toBe(404);
    await t.jobs.runAll();
    expect(await allInvoices(other.owner)).toEqual([]);
  });
});
