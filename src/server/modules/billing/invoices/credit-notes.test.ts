import { describe, expect, it } from "vitest";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { Invoice, InvoiceList } from "../../../../shared/api/invoices.js";
import { setupTestApp } from "../../../test/test-app.js";
import { billingFirm } from "../test/billing-firm.js";

const t = setupTestApp();

async function issuedInvoice(firm: Awaited<ReturnType<typeof billingFirm>>) {
  const { owner, client, vat } = firm;
  const { body: draft } = await owner.post<Invoice>("/api/invoices", {
    clientId: client.id,
    reference: "PO 9",
    lines: [
      { description: "Bookkeeping", quantity: "2", unitPrice: "150", vatRateId: vat.standard },
      {
        description: "Payroll",
        quantity: "3.5",
        unitPrice: "20",
        vatRateId: vat.reduced,
        discountRate: "10",
      },
    ],
  });
  const issued = await owner.post<Invoice>(`/api/invoices/${draft.id}/issue`);
  expect(issued.status).toBe(200);
  return issued.body;
}

describe("credit notes", () => {
  it("credits the whole invoice: negative quantities, its own number from the same sequence, linked both ways", async () => {
    const firm = await billingFirm(t);
    const invoice = await issuedInvoice(firm);
    t.clock.advance(3 * 86_400_000);
    // No body at all: every line.
    const res = await firm.owner.request<Invoice>("POST", `/api/invoices/${invoice.id}/credit-note`);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: "credit_note",
      status: "created",
      number: "INV-2",
      client: invoice.client,
      date: "2026-01-18",
      dueDate: "2026-01-18",
      currency: "EUR",
      reference: "PO 9",
      creditedInvoiceId: invoice.id,
      creditedInvoiceNumber: "INV-1",
      subTotal: "-363.00",
      totalTax: "-77.67",
      total: "-440.67",
    });
    expect(invoice).toMatchObject({ subTotal: "363.00", totalTax: "77.67", total: "440.67" });
    expect(
      res.body.lines.map((l) => [l.description, l.quantity, l.unitPrice, l.lineAmount, l.taxAmount]),
    ).toEqual([
      ["Bookkeeping", "-2", "150.00", "-300.00", "-72.00"],
      ["Payroll", "-3.5", "20.00", "-63.00", "-5.67"],
    ]);
    const linked = await firm.owner.get<Invoice>(`/api/invoices/${invoice.id}`);
    expect(linked.body.creditNotes).toEqual([{ id: res.body.id, number: "INV-2", total: "-440.67" }]);
    // A credit note is final at once: it cannot be edited, deleted or credited itself.
    expect((await firm.owner.patch(`/api/invoices/${res.body.id}`, { reference: "x" })).status).toBe(409);
    expect((await firm.owner.delete(`/api/invoices/${res.body.id}`)).status).toBe(409);
    const creditCredit = await firm.owner.post<ErrorBody>(`/api/invoices/${res.body.id}/credit-note`);
    expect(creditCredit.status).toBe(409);
    expect(creditCredit.body.error.message).toMatch(/A credit note cannot be credited/);
  });

  it("credits chosen lines, then the rest, and refuses to credit more than the invoice holds", async () => {
    const firm = await billingFirm(t);
    const invoice = await issuedInvoice(firm);
    const [bookkeeping, payroll] = invoice.lines;
    const first = await firm.owner.post<Invoice>(`/api/invoices/${invoice.id}/credit-note`, {
      lineIds: [payroll!.id],
    });
    expect(first.status).toBe(201);
    expect(first.body.lines.map((l) => [l.description, l.quantity])).toEqual([["Payroll", "-3.5"]]);

    const again = await firm.owner.post<ErrorBody>(`/api/invoices/${invoice.id}/credit-note`, {
      lineIds: [payroll!.id],
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe("Line 2 of INV-1 (Payroll) is already credited in full.");

    const rest = await firm.owner.post<Invoice>(`/api/invoices/${invoice.id}/credit-note`);
    expect(rest.body.lines.map((l) => [l.description, l.quantity])).toEqual([["Bookkeeping", "-2"]]);
    expect(rest.body.number).toBe("INV-3");
    expect(bookkeeping).toBeDefined();

    const none = await firm.owner.post<ErrorBody>(`/api/invoices/${invoice.id}/credit-note`);
    expect(none.status).toBe(409);
    expect(none.body.error.message).toBe("Invoice INV-1 is already credited in full.");
    const list = await firm.owner.get<InvoiceList>("/api/invoices");
    expect(list.body.total).toBe(3);
  });

  it("refuses to credit an invoice in progress, and lines of another invoice", async () => {
    const firm = await billingFirm(t);
    const other = await issuedInvoice(firm);
    const { body: draft } = await firm.owner.post<Invoice>("/api/invoices", {
      clientId: firm.client.id,
      lines: [{ description: "x", quantity: "1", unitPrice: "1" }],
    });
    const inProgress = await firm.owner.post<ErrorBody>(`/api/invoices/${draft.id}/credit-note`);
    expect(inProgress.status).toBe(409);
    expect(inProgress.body.error.message).toMatch(/Only an issued invoice can be credited/);
    await firm.owner.post(`/api/invoices/${draft.id}/issue`);
    const foreign = await firm.owner.post<ErrorBody>(`/api/invoices/${draft.id}/credit-note`, {
      lineIds: [other.lines[0]!.id],
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.details).toEqual([
      { field: "lineIds", message: expect.stringMatching(/is not on invoice INV-2/) },
    ]);
    const empty = await firm.owner.post<ErrorBody>(`/api/invoices/${draft.id}/credit-note`, { lineIds: [] });
    expect(empty.status).toBe(400);
  });

  it("makes one credit note of the rest when two are asked for at the same moment", async () => {
    const firm = await billingFirm(t);
    const invoice = await issuedInvoice(firm);
    const results = await Promise.all([
      firm.owner.post<Invoice>(`/api/invoices/${invoice.id}/credit-note`),
      firm.owner.post<Invoice>(`/api/invoices/${invoice.id}/credit-note`),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
  });
});
