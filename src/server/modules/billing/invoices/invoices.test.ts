import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Product } from "../../../../shared/api/billing.js";
import type { BillingSettings } from "../../../../shared/api/billing-settings.js";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { Invoice } from "../../../../shared/api/invoices.js";
import { computeInvoiceTotals } from "../../../../shared/money/invoice-totals.js";
import { randomInvoices } from "../../../../shared/money/testing/random-invoices.js";
import { companies } from "../../../db/schema/companies.js";
import { invoiceLines, invoices } from "../../../db/schema/invoices.js";
import { setupTestApp } from "../../../test/test-app.js";
import { addClient, billingFirm } from "../test/billing-firm.js";

const t = setupTestApp();

const line = { description: "Bookkeeping, January", quantity: "1", unitPrice: "100" };

async function saveSettings(
  owner: Awaited<ReturnType<typeof billingFirm>>["owner"],
  changes: Partial<BillingSettings>,
) {
  const current = (await owner.get<BillingSettings>("/api/billing/settings")).body;
  const res = await owner.request("PUT", "/api/billing/settings", { ...current, ...changes });
  expect(res.status).toBe(200);
}

describe("creating an invoice", () => {
  it("starts In progress, dated today in the company's time zone, due by the payment terms, in the client's currency", async () => {
    const { owner, vat, client } = await billingFirm(t);
    // 22:30 UTC on 15 January is already 16 January in Tallinn.
    t.clock.advance(13.5 * 3600_000);
    const res = await owner.post<Invoice>("/api/invoices", {
      clientId: client.id,
      reference: "PO 77",
      lines: [{ ...line, vatRateId: vat.standard }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      kind: "invoice",
      number: null,
      status: "in_progress",
      client: { id: client.id, name: "Alder Bakery OÜ" },
      date: "2026-01-16",
      dueDate: "2026-01-30",
      currency: "EUR",
      reference: "PO 77",
      amountsAre: "exclusive",
      lines: [
        {
          id: expect.any(String),
          productId: null,
          description: "Bookkeeping, January",
          quantity: "1",
          unitPrice: "100.00",
          discountRate: null,
          vatRateId: vat.standard,
          vatRate: "24",
          resourceCodeId: null,
          lineAmount: "100.00",
          taxAmount: "24.00",
          period: null,
        },
      ],
      subTotal: "100.00",
      totalTax: "24.00",
      total: "124.00",
      taxByRate: [{ vatRateId: vat.standard, rate: "24", net: "100.00", tax: "24.00" }],
      creditedInvoiceId: null,
      creditedInvoiceNumber: null,
      creditNotes: [],
      issuedAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await owner.get<Invoice>(`/api/invoices/${res.body.id}`)).body).toEqual(res.body);

    await t.database.db
      .update(companies)
      .set({ timeZone: "UTC" })
      .where(eq(companies.id, owner.me.company.id));
    const utc = await owner.post<Invoice>("/api/invoices", { clientId: client.id, lines: [line] });
    expect(utc.body.date).toBe("2026-01-15");
  });

  it("takes the due date from the end of the month when the terms say so, and the currency from the client or the base currency", async () => {
    const { owner } = await billingFirm(t);
    await saveSettings(owner, { paymentTerms: { days: 10, from: "end_of_month" }, baseCurrency: "GBP" });
    const usd = await addClient(owner, { name: "Yankee Ltd", currency: "USD" });
    const plain = await addClient(owner, { name: "Plain OÜ" });
    const a = await owner.post<Invoice>("/api/invoices", {
      clientId: usd.id,
      date: "2026-02-03",
      lines: [line],
    });
    expect(a.body).toMatchObject({ date: "2026-02-03", dueDate: "2026-03-10", currency: "USD" });
    const b = await owner.post<Invoice>("/api/invoices", { clientId: plain.id, lines: [line] });
    expect(b.body).toMatchObject({ dueDate: "2026-02-10", currency: "GBP" });
    const c = await owner.post<Invoice>("/api/invoices", {
      clientId: plain.id,
      date: "2026-02-03",
      dueDate: "2026-02-04",
      currency: "SEK",
      lines: [line],
    });
    expect(c.body).toMatchObject({ dueDate: "2026-02-04", currency: "SEK" });
  });

  it("fills a line from its product where the line leaves a field out, and keeps what the line says", async () => {
    const { owner, vat, resourceCodeId, client } = await billingFirm(t);
    await saveSettings(owner, { defaultVatRateId: vat.reduced });
    const { body: product } = await owner.post<Product>("/api/billing/products", {
      code: "BK",
      name: "Bookkeeping",
      description: "Monthly bookkeeping",
      unitPrice: "150",
      vatRateId: vat.standard,
      resourceCodeId,
    });
    const res = await owner.post<Invoice>("/api/invoices", {
      clientId: client.id,
      lines: [
        { productId: product.id, quantity: "2" },
        { productId: product.id, quantity: "1", description: "Extra", unitPrice: "99.99", vatRateId: null },
        { description: "Courier", quantity: "1", unitPrice: "10" },
      ],
    });
    expect(res.status).toBe(201);
    expect(
      res.body.lines.map((l) => [l.description, l.unitPrice, l.vatRateId, l.vatRate, l.resourceCodeId]),
    ).toEqual([
      ["Monthly bookkeeping", "150.00", vat.standard, "24", resourceCodeId],
      ["Extra", "99.99", null, "0", resourceCodeId],
      ["Courier", "10.00", vat.reduced, "9", null],
    ]);
    expect(res.body).toMatchObject({ subTotal: "409.99", totalTax: "72.90", total: "482.89" });
  });

  it("stores the totals computeInvoiceTotals gives, for every amount type and both unit price precisions", async () => {
    const { owner, vat, client, scope } = await billingFirm(t);
    const rates = [
      { taxType: vat.standard, rate: "24" },
      { taxType: vat.reduced, rate: "9" },
      { taxType: vat.zero, rate: "0" },
    ];
    for (const unitDp of [2, 4] as const) {
      await saveSettings(owner, { unitPriceDecimals: unitDp });
      for (const random of randomInvoices(unitDp, 15, rates)) {
        const res = await owner.post<Invoice>("/api/invoices", {
          clientId: client.id,
          amountsAre: random.amountsAre,
          lines: random.lines.map((l) => ({
            description: "Line",
            quantity: l.quantity,
            unitPrice: l.unitPrice,
            discountRate: l.discountRate,
            vatRateId: l.taxType,
          })),
        });
        expect(res.status).toBe(201);
        const expected = computeInvoiceTotals({
          amountsAre: random.amountsAre,
          lines: random.lines.map((l) => ({ ...l, taxRateId: l.taxType })),
          unitDp,
        });
        const [row] = await scope.select(invoices, eq(invoices.id, res.body.id));
        const lines = await scope.select(invoiceLines, eq(invoiceLines.invoiceId, res.body.id));
        expect([row!.subTotal, row!.totalTax, row!.total]).toEqual([
          expected.subTotal,
          expected.totalTax,
          expected.total,
        ]);
        expect(lines.sort((a, b) => a.position - b.position).map((l) => [l.lineAmount, l.taxAmount])).toEqual(
          expected.lines.map((l) => [l.lineAmount, l.taxAmount]),
        );
        expect(res.body.taxByRate.map((r) => [r.vatRateId, r.net, r.tax])).toEqual(
          expected.taxByRate.map((r) => [r.taxRateId, r.net, r.tax]),
        );
      }
    }
  });

  it("refuses bad input with a clear message and creates nothing", async () => {
    const { owner, client } = await billingFirm(t);
    const bad = async (body: unknown, status: number, field: string, message?: RegExp) => {
      const res = await owner.post<ErrorBody>("/api/invoices", body);
      expect(res.status).toBe(status);
      const details = res.body.error.details as { field: string; message: string }[];
      expect(details.map((d) => d.field)).toContain(field);
      if (message) expect(details.find((d) => d.field === field)!.message).toMatch(message);
    };
    await bad(
      { clientId: client.id, lines: [{ ...line, quantity: "-1" }] },
      400,
      "lines.0.quantity",
      /0 or more; correct with a credit note/,
    );
    await bad(
      { clientId: client.id, lines: [{ ...line, quantity: "1.23456" }] },
      400,
      "lines.0.quantity",
      /at most 4 decimals/,
    );
    await bad({ clientId: client.id, lines: [{ ...line, unitPrice: "0.00001" }] }, 400, "lines.0.unitPrice");
    await bad({ clientId: client.id, lines: [{ ...line, unitPrice: 100 }] }, 400, "lines.0.unitPrice");
    await bad(
      { clientId: client.id, lines: [{ ...line, discountRate: "101" }] },
      400,
      "lines.0.discountRate",
    );
    await bad({ clientId: client.id, lines: [{ quantity: "1" }] }, 400, "lines.0.description");
    await bad({ clientId: client.id, date: "2026-02-30", lines: [line] }, 400, "date");
    await bad(
      { clientId: client.id, date: "2026-02-10", dueDate: "2026-02-09", lines: [line] },
      400,
      "dueDate",
    );
    await bad({ clientId: "8d0c8a52-3c39-4b4c-9a39-0d5b5a3f3f3f", lines: [line] }, 404, "clientId");
    await bad(
      { clientId: client.id, lines: [{ productId: "8d0c8a52-3c39-4b4c-9a39-0d5b5a3f3f3f", quantity: "1" }] },
      404,
      "lines.0.productId",
    );
    const { body: noPrice } = await owner.post<Product>("/api/billing/products", {
      code: "NP",
      name: "No price",
    });
    await bad(
      { clientId: client.id, lines: [{ productId: noPrice.id, quantity: "1" }] },
      400,
      "lines.0.unitPrice",
      /NP has no price/,
    );
    expect((await owner.get<{ total: number }>("/api/invoices")).body.total).toBe(0);
  });

  it("answers 404 for another company's client, product, VAT rate or invoice, and changes nothing", async () => {
    const acme = await billingFirm(t, "Acme");
    const globex = await billingFirm(t, "Globex");
    const { body: theirProduct } = await globex.owner.post<Product>("/api/billing/products", {
      code: "G",
      name: "G",
      unitPrice: "1",
    });
    const { body: theirs } = await globex.owner.post<Invoice>("/api/invoices", {
      clientId: globex.client.id,
      lines: [line],
    });
    const mine = acme.client.id;
    expect(
      (await acme.owner.post("/api/invoices", { clientId: globex.client.id, lines: [line] })).status,
    ).toBe(404);
    expect(
      (
        await acme.owner.post("/api/invoices", {
          clientId: mine,
          lines: [{ productId: theirProduct.id, quantity: "1" }],
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await acme.owner.post("/api/invoices", {
          clientId: mine,
          lines: [{ ...line, vatRateId: globex.vat.standard }],
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await acme.owner.post("/api/invoices", {
          clientId: mine,
          lines: [{ ...line, resourceCodeId: globex.resourceCodeId }],
        })
      ).status,
    ).toBe(404);
    expect((await acme.owner.get(`/api/invoices/${theirs.id}`)).status).toBe(404);
    expect((await acme.owner.patch(`/api/invoices/${theirs.id}`, { reference: "mine" })).status).toBe(404);
    expect((await acme.owner.delete(`/api/invoices/${theirs.id}`)).status).toBe(404);
    expect((await acme.owner.post(`/api/invoices/${theirs.id}/issue`)).status).toBe(404);
    expect((await acme.owner.post(`/api/invoices/${theirs.id}/credit-note`)).status).toBe(404);
    const { body: own } = await acme.owner.post<Invoice>("/api/invoices", { clientId: mine, lines: [line] });
    expect((await acme.owner.patch(`/api/invoices/${own.id}`, { clientId: globex.client.id })).status).toBe(
      404,
    );
    expect((await acme.owner.get<{ total: number }>("/api/invoices")).body.total).toBe(1);
    expect((await globex.owner.get<Invoice>(`/api/invoices/${theirs.id}`)).body).toEqual(theirs);
  });
});

describe("editing and deleting an invoice", () => {
  it("edits an In progress invoice: lines replaced, totals computed again, a new date moves the due date", async () => {
    const { owner, vat, client } = await billingFirm(t);
    const { body: created } = await owner.post<Invoice>("/api/invoices", {
      clientId: client.id,
      lines: [line],
    });
    const other = await addClient(owner, { name: "Birch Studio OÜ" });
    const res = await owner.patch<Invoice>(`/api/invoices/${created.id}`, {
      clientId: other.id,
      date: "2026-01-20",
      reference: null,
      lines: [
        {
          description: "Payroll",
          quantity: "3",
          unitPrice: "12.345",
          vatRateId: vat.standard,
          discountRate: "10",
        },
        { description: "Advice", quantity: "0.5", unitPrice: "80", vatRateId: vat.reduced },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      client: { id: other.id, name: "Birch Studio OÜ" },
      date: "2026-01-20",
      dueDate: "2026-02-03",
      reference: null,
      subTotal: "73.35",
      totalTax: "11.60",
      total: "84.95",
    });
    expect(res.body.lines.map((l) => [l.description, l.unitPrice, l.lineAmount, l.taxAmount])).toEqual([
      ["Payroll", "12.35", "33.35", "8.00"],
      ["Advice", "80.00", "40.00", "3.60"],
    ]);
    // Only the reference: lines and amounts stay.
    const again = await owner.patch<Invoice>(`/api/invoices/${created.id}`, {
      reference: "R1",
      amountsAre: "inclusive",
    });
    expect(again.body).toMatchObject({
      reference: "R1",
      subTotal: "63.60",
      totalTax: "9.75",
      total: "73.35",
    });
    expect(again.body.lines.map((l) => l.description)).toEqual(["Payroll", "Advice"]);
  });

  it("keeps an issued invoice as it is: editing or deleting it is 409 with what to do", async () => {
    const { owner, client } = await billingFirm(t);
    const { body: created } = await owner.post<Invoice>("/api/invoices", {
      clientId: client.id,
      lines: [line],
    });
    await owner.post(`/api/invoices/${created.id}/issue`);
    const edit = await owner.patch<ErrorBody>(`/api/invoices/${created.id}`, { reference: "late" });
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toBe(
      "Invoice INV-1 is issued and can no longer be edited. To correct it, make a credit note for it.",
    );
    const del = await owner.delete<ErrorBody>(`/api/invoices/${created.id}`);
    expect(del.status).toBe(409);
    expect(del.body.error.message).toMatch(/can no longer be deleted/);
    expect((await owner.get<Invoice>(`/api/invoices/${created.id}`)).body).toMatchObject({
      reference: null,
      number: "INV-1",
    });
  });

  it("deletes an In progress invoice with its lines", async () => {
    const { owner, client, scope } = await billingFirm(t);
    const { body: created } = await owner.post<Invoice>("/api/invoices", {
      clientId: client.id,
      lines: [line, line],
    });
    expect((await owner.delete(`/api/invoices/${created.id}`)).status).toBe(204);
    expect((await owner.get(`/api/invoices/${created.id}`)).status).toBe(404);
    expect(await scope.select(invoiceLines)).toEqual([]);
  });

  it("lets Members create and edit In progress invoices, but not issue, delete or credit them", async () => {
    const { owner, client } = await billingFirm(t);
    const member = await t.join(owner, "member");
    const { body: created, status } = await member.post<Invoice>("/api/invoices", {
      clientId: client.id,
      lines: [line],
    });
    expect(status).toBe(201);
    expect((await member.patch(`/api/invoices/${created.id}`, { reference: "M" })).status).toBe(200);
    expect((await member.get(`/api/invoices/${created.id}`)).status).toBe(200);
    expect((await member.post(`/api/invoices/${created.id}/issue`)).status).toBe(403);
    expect((await member.delete(`/api/invoices/${created.id}`)).status).toBe(403);
    await owner.post(`/api/invoices/${created.id}/issue`);
    expect((await member.post(`/api/invoices/${created.id}/credit-note`)).status).toBe(403);
  });

  it("needs the Billing app for every invoice route", async () => {
    const owner = await t.signUp();
    expect((await owner.get("/api/invoices")).status).toBe(402);
    expect((await owner.get("/api/invoices.csv")).status).toBe(402);
    expect((await owner.post("/api/invoices", { clientId: owner.me.company.id, lines: [] })).status).toBe(
      402,
    );
    expect((await t.agent().get("/api/invoices")).status).toBe(401);
  });
});

describe("the API document", () => {
  it("describes the billing routes", async () => {
    const doc = await t.agent().get<{ paths: Record<string, Record<string, unknown>> }>("/api/openapi.json");
    expect(doc.status).toBe(200);
    const methods = (path: string) => Object.keys(doc.body.paths[path] ?? {}).sort();
    expect(methods("/billing/settings")).toEqual(["get", "put"]);
    expect(methods("/billing/products")).toEqual(["get", "post"]);
    expect(methods("/billing/products/{id}")).toEqual(["delete", "patch"]);
    expect(methods("/invoices")).toEqual(["get", "post"]);
    expect(methods("/invoices.csv")).toEqual(["get"]);
    expect(methods("/invoices/{id}")).toEqual(["delete", "get", "patch"]);
    expect(methods("/invoices/{id}/issue")).toEqual(["post"]);
    expect(methods("/invoices/{id}/credit-note")).toEqual(["post"]);
  });
});
