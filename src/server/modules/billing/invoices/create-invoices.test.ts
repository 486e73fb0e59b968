import { describe, expect, it } from "vitest";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { Invoice, InvoiceList } from "../../../../shared/api/invoices.js";
import { AppError } from "../../../lib/errors.js";
import { setupTestApp } from "../../../test/test-app.js";
import { addClient, billingFirm } from "../test/billing-firm.js";
import { createInvoices } from "./create-invoices.js";

const t = setupTestApp();

describe("creating invoices in bulk (automated billing)", () => {
  it("creates many In progress invoices with their lines, contract lines and periods, in the order given", async () => {
    const { owner, scope, client, vat } = await billingFirm(t);
    const birch = await addClient(owner, { name: "Birch Studio OÜ" });
    const contractLineId = "5f0d1d2e-6a57-4f5e-8f1e-0f6b1c2d3e4f";
    const runId = "0e9a3c1b-2d4f-4a6b-8c7d-9e0f1a2b3c4d";
    const { ids } = await createInvoices(scope, {
      invoices: [client.id, birch.id].map((clientId) => ({
        clientId,
        date: "2026-02-05",
        billingRunId: runId,
        lines: [
          {
            description: "Bookkeeping, February",
            quantity: "1",
            unitPrice: "150",
            vatRateId: vat.standard,
            contractLineId,
            period: "2026-02",
          },
        ],
      })),
      userId: null,
      now: t.clock.now(),
    });
    expect(ids).toHaveLength(2);
    const first = (await owner.get<Invoice>(`/api/invoices/${ids[0]}`)).body;
    const second = (await owner.get<Invoice>(`/api/invoices/${ids[1]}`)).body;
    expect([first.client.name, second.client.name]).toEqual(["Alder Bakery OÜ", "Birch Studio OÜ"]);
    expect(first).toMatchObject({
      status: "in_progress",
      date: "2026-02-05",
      dueDate: "2026-02-19",
      total: "186.00",
    });
    expect(first.lines[0]).toMatchObject({ period: "2026-02", lineAmount: "150.00", taxAmount: "36.00" });
  });

  it("keeps a billed line's period when the firm edits the invoice and sends the line back; a line of another invoice is refused", async () => {
    const { owner, scope, client } = await billingFirm(t);
    const fee = { description: "Bookkeeping, February", quantity: "1", unitPrice: "150" };
    const { ids } = await createInvoices(scope, {
      invoices: [
        {
          clientId: client.id,
          lines: [{ ...fee, contractLineId: "5f0d1d2e-6a57-4f5e-8f1e-0f6b1c2d3e4f", period: "2026-02" }],
        },
        { clientId: client.id, lines: [fee] },
      ],
      userId: null,
      now: t.clock.now(),
    });
    const billed = (await owner.get<Invoice>(`/api/invoices/${ids[0]}`)).body;
    const kept = billed.lines[0]!;
    const edited = await owner.patch<Invoice>(`/api/invoices/${billed.id}`, {
      lines: [
        { id: kept.id, description: kept.description, quantity: "2", unitPrice: kept.unitPrice },
        { description: "Extra advice", quantity: "1", unitPrice: "40" },
      ],
    });
    expect(edited.status).toBe(200);
    expect(edited.body.lines.map((l) => [l.description, l.quantity, l.period])).toEqual([
      ["Bookkeeping, February", "2", "2026-02"],
      ["Extra advice", "1", null],
    ]);
    // Sent without its id, the line is a new one: what it billed is no longer shown on it.
    const again = await owner.patch<Invoice>(`/api/invoices/${billed.id}`, {
      lines: [{ description: "Bookkeeping", quantity: "1", unitPrice: "150" }],
    });
    expect(again.body.lines[0]!.period).toBeNull();

    const otherLine = (await owner.get<Invoice>(`/api/invoices/${ids[1]}`)).body.lines[0]!;
    const refused = await owner.patch<ErrorBody>(`/api/invoices/${billed.id}`, {
      lines: [{ id: otherLine.id, description: "Fee", quantity: "1", unitPrice: "10" }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/not on this invoice/);
    expect((await owner.get<Invoice>(`/api/invoices/${billed.id}`)).body.lines[0]!.description).toBe(
      "Bookkeeping",
    );
  });

  it("creates none when one is wrong, naming the invoice and field", async () => {
    const { owner, scope, client } = await billingFirm(t);
    const line = { description: "Fee", quantity: "1", unitPrice: "10" };
    const attempt = createInvoices(scope, {
      invoices: [
        { clientId: client.id, lines: [line] },
        { clientId: client.id, lines: [line, { ...line, quantity: "-2" }] },
      ],
      userId: owner.me.user.id,
      now: t.clock.now(),
    });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      details: [{ field: "invoices.1.lines.1.quantity", message: expect.stringMatching(/credit note/) }],
    });
    expect((await owner.get<InvoiceList>("/api/invoices")).body.total).toBe(0);
  });

  it("joins the caller's transaction, so a billing run's other writes commit or roll back with it", async () => {
    const { owner, scope, client } = await billingFirm(t);
    const failed = scope.transaction(async (tx) => {
      await createInvoices(tx, {
        invoices: [{ clientId: client.id, lines: [{ description: "Fee", quantity: "1", unitPrice: "10" }] }],
        userId: null,
        now: t.clock.now(),
      });
      throw new Error("the run failed after creating its invoices");
    });
    await expect(failed).rejects.toThrow("the run failed");
    expect((await owner.get<InvoiceList>("/api/invoices")).body.total).toBe(0);
  });
});
