import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invoiceLines, invoices } from "../../../db/schema/invoices.js";
import { setupTestApp } from "../../../test/test-app.js";
import { billOnSchedule } from "./bill-on-schedule.js";
import { firmWithContracts } from "./test-billing.js";

const t = setupTestApp();

/** Moves the test clock forward to an instant (the schedule reads only that clock). */
function moveTo(instant: string) {
  const seconds = (new Date(instant).getTime() - t.clock.now().getTime()) / 1000;
  if (seconds < 0) throw new Error(`the clock is past ${instant}`);
  t.advance(seconds);
}

async function tick() {
  const { started } = await billOnSchedule(t.deps);
  await t.jobs.runAll();
  return started;
}

/** Invoices as "client period date" (read from the database: months pass, sessions expire). */
async function billed() {
  const rows = await t.database.db
    .selectDistinct({ client: invoices.clientName, period: invoiceLines.period, date: invoices.date })
    .from(invoices)
    .innerJoin(invoiceLines, eq(invoiceLines.invoiceId, invoices.id));
  return rows.map((r) => `${r.client} ${r.period} ${r.date}`).sort();
}

describe("the billing schedule", () => {
  it("bills each client on its billing day as it starts in the company's time zone, once", async () => {
    await firmWithContracts(t, [5, 6], "Pacific/Auckland");
    moveTo("2026-11-04T10:30:00Z"); // 4 November, 23:30 in Auckland
    expect(await tick()).toBe(0);
    moveTo("2026-11-04T11:30:00Z"); // 5 November, 00:30 in Auckland
    expect(await tick()).toBe(1);
    expect(await billed()).toEqual(["Alder Bakery OÜ 2026-11 2026-11-05"]);
    moveTo("2026-11-04T21:00:00Z");
    expect(await tick()).toBe(0);
    moveTo("2026-11-05T11:30:00Z");
    expect(await tick()).toBe(1);
    expect(await billed()).toEqual(["Alder Bakery OÜ 2026-11 2026-11-05", "Client 1 OÜ 2026-11 2026-11-06"]);
  });

  it("catches up after downtime, across the month's end, without billing anyone twice", async () => {
    await firmWithContracts(t, [27, 30, 2]);
    moveTo("2026-10-27T09:00:00Z");
    expect(await tick()).toBe(1);
    expect(await billed()).toEqual(["Alder Bakery OÜ 2026-10 2026-10-27", "Client 2 OÜ 2026-10 2026-10-02"]);
    // Kontor is down from 27 October to 3 November; at start it bills what it missed.
    moveTo("2026-11-03T09:00:00Z");
    expect(await tick()).toBe(2);
    expect(await billed()).toEqual([
      "Alder Bakery OÜ 2026-10 2026-10-27",
      "Client 1 OÜ 2026-10 2026-10-30",
      "Client 2 OÜ 2026-10 2026-10-02",
      "Client 2 OÜ 2026-11 2026-11-02",
    ]);
    expect(await tick()).toBe(0);
    expect(await billed()).toHaveLength(4);
  });

  it("does not bill months before the schedule began (a firm starting mid-month)", async () => {
    await firmWithContracts(t, [5, 25]);
    moveTo("2026-11-20T09:00:00Z");
    expect(await tick()).toBe(1);
    expect(await billed()).toEqual(["Alder Bakery OÜ 2026-11 2026-11-05"]);
  });

  it("leaves companies without the Billing app alone", async () => {
    const { owner } = await firmWithContracts(t, [5]);
    expect((await owner.post("/api/apps/billing/disable")).status).toBe(200);
    moveTo("2026-11-20T09:00:00Z");
    expect(await tick()).toBe(0);
  });
});
