import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { Product } from "../../../../shared/api/billing.js";
import type { BillingSettings } from "../../../../shared/api/billing-settings.js";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { Invoice } from "../../../../shared/api/invoices.js";
import { type Agent, PUBLIC_URL, setupTestApp } from "../../../test/test-app.js";
import { pdfText } from "../invoice-pdf/testing/pdf-text.js";
import { billingFirm } from "../test/billing-firm.js";

const t = setupTestApp();

/** The PDF as a browser gets it: status, headers and the bytes. */
async function fetchPdf(agent: Agent, path: string) {
  const res = await t.app.request(`${PUBLIC_URL}${path}`, {
    headers: { Cookie: agent.cookie!, Origin: PUBLIC_URL },
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

async function firmWithInvoice() {
  const firm = await billingFirm(t, "Birch & Co");
  const { owner, client, vat } = firm;
  const settings = (await owner.get<BillingSettings>("/api/billing/settings")).body;
  await owner.request("PUT", "/api/billing/settings", {
    ...settings,
    numberPrefix: "ARV/",
    firm: { ...settings.firm, legalName: "Birch Accounting OÜ", bankAccount: "LHV EE71 7700 0001" },
  });
  await owner.patch(`/api/clients/${client.id}`, {
    address: { line1: "Pärnu mnt 1", city: "Tallinn", postalCode: "10141", country: "Estonia" },
  });
  const { body: product } = await owner.post<Product>("/api/billing/products", {
    code: "PAY",
    name: "Payroll",
    unit: "h",
    unitPrice: "40",
    vatRateId: vat.reduced,
  });
  const { body: invoice } = await owner.post<Invoice>("/api/invoices", {
    clientId: client.id,
    reference: "PO 77",
    lines: [
      { description: "Bookkeeping, January", quantity: "1", unitPrice: "100", vatRateId: vat.standard },
      { productId: product.id, description: "Payroll, January", quantity: "2.5" },
    ],
  });
  return { ...firm, invoice };
}

describe("an invoice's PDF", () => {
  it("shows an invoice in progress in the browser as a draft with its lines and totals", async () => {
    const { owner, invoice } = await firmWithInvoice();
    const res = await fetchPdf(owner, `/api/invoices/${invoice.id}/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(
      `inline; filename="invoice-draft-${invoice.date}.pdf"`,
    );
    const { text, lines } = await pdfText(res.bytes);
    for (const expected of [
      "Birch Accounting OÜ",
      "Alder Bakery OÜ",
      "Pärnu mnt 1",
      "10141 Tallinn",
      "Reference PO 77",
      "DRAFT — NOT ISSUED",
      "Subtotal 200.00",
      "VAT 33.00",
      "Total 233.00 EUR",
      "14 days from the invoice date",
      "LHV EE71 7700 0001",
    ]) {
      expect(text).toContain(expected);
    }
    // The product's unit is printed on its line.
    expect(lines).toContain("Payroll, January 2.5 h 40.00 9 100.00");
  });

  it("downloads an issued invoice under its number, with the client as it was when issued", async () => {
    const { owner, client, invoice } = await firmWithInvoice();
    await owner.post(`/api/invoices/${invoice.id}/issue`);
    await owner.patch(`/api/clients/${client.id}`, { name: "Alder Bakery AS" });

    const res = await fetchPdf(owner, `/api/invoices/${invoice.id}/pdf?download=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="ARV-1.pdf"');
    const { text } = await pdfText(res.bytes);
    expect(text).toContain("No. ARV/1");
    expect(text).toContain("Alder Bakery OÜ");
    expect(text).not.toContain("Alder Bakery AS");
    expect(text).not.toContain("DRAFT");
  });

  it("prints a credit note with the number of the invoice it credits", async () => {
    const { owner, invoice } = await firmWithInvoice();
    await owner.post(`/api/invoices/${invoice.id}/issue`);
    const { body: credit } = await owner.post<Invoice>(`/api/invoices/${invoice.id}/credit-note`, {
      lineIds: [invoice.lines[0]!.id],
    });
    const res = await fetchPdf(owner, `/api/invoices/${credit.id}/pdf`);
    expect(res.headers.get("content-disposition")).toBe('inline; filename="ARV-2.pdf"');
    const { text } = await pdfText(res.bytes);
    expect(text).toContain("CREDIT NOTE");
    expect(text).toContain("ARV/1");
    expect(text).toContain("Total -124.00 EUR");
  });

  it("is shown to Members too, and another company's invoice is not found", async () => {
    const { owner, invoice } = await firmWithInvoice();
    const member = await t.join(owner, "member");
    expect((await fetchPdf(member, `/api/invoices/${invoice.id}/pdf`)).status).toBe(200);

    const other = await billingFirm(t, "Cedar Books");
    const res = await other.owner.get<ErrorBody>(`/api/invoices/${invoice.id}/pdf`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
    const bad = await other.owner.get<ErrorBody>(`/api/invoices/${invoice.id}/pdf?download=yes`);
    expect(bad.status).toBe(400);
  });

  it("downloads many invoices' PDFs as one ZIP file, drafts with the same date named apart", async () => {
    const { owner, client, invoice } = await firmWithInvoice();
    await owner.post(`/api/invoices/${invoice.id}/issue`);
    const draft = async () =>
      (
        await owner.post<Invoice>("/api/invoices", {
          clientId: client.id,
          lines: [{ description: "Advice", quantity: "1", unitPrice: "10" }],
        })
      ).body;
    const [first, second] = [await draft(), await draft()];
    const res = await t.app.request(`${PUBLIC_URL}/api/invoices/pdfs`, {
      method: "POST",
      headers: { Cookie: owner.cookie!, Origin: PUBLIC_URL, "Content-Type": "application/json" },
      body: JSON.stringify({ ids: [invoice.id, first.id, second.id] }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="invoices.zip"');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files)).toEqual([
      "ARV-1.pdf",
      `invoice-draft-${first.date}.pdf`,
      `invoice-draft-${first.date}-2.pdf`,
    ]);
    expect((await pdfText(Buffer.from(files["ARV-1.pdf"]!))).text).toContain("No. ARV/1");

    const other = await billingFirm(t, "Cedar Books");
    const foreign = await other.owner.post<ErrorBody>("/api/invoices/pdfs", { ids: [invoice.id] });
    expect(foreign.status).toBe(404);
    const tooMany = await owner.post<ErrorBody>("/api/invoices/pdfs", {
      ids: Array.from({ length: 201 }, () => invoice.id),
    });
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(tooMany.body.error)).toMatch(/at most 200 PDFs at once/);
  });
});
