import { describe, expect, it } from "vitest";
import type { DeletedProduct, Product } from "../../../../shared/api/billing.js";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { Invoice } from "../../../../shared/api/invoices.js";
import { syncRecords } from "../../../db/schema/sync-records.js";
import { setupTestApp } from "../../../test/test-app.js";
import { billingFirm } from "../test/billing-firm.js";

const t = setupTestApp();

const products = async (agent: { get<T>(p: string): Promise<{ body: T }> }) =>
  (await agent.get<Product[]>("/api/billing/products")).body;

describe("products", () => {
  it("creates a product with its unit, price, VAT rate and resource code, and lists it", async () => {
    const { owner, vat, resourceCodeId } = await billingFirm(t);
    const res = await owner.post<Product>("/api/billing/products", {
      code: "BK-S",
      name: "Bookkeeping S",
      description: "Monthly bookkeeping, up to 50 documents",
      unit: "month",
      unitPrice: "149.5",
      vatRateId: vat.standard,
      resourceCodeId,
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      code: "BK-S",
      name: "Bookkeeping S",
      description: "Monthly bookkeeping, up to 50 documents",
      unit: "month",
      unitPrice: "149.5000",
      resourceCode: { id: resourceCodeId, code: "200" },
      vatRate: { id: vat.standard, name: "24% VAT" },
      active: true,
      xero: null,
    });
    expect(await products(owner)).toEqual([res.body]);
  });

  it("keeps product codes unique in the company (409 naming the code), not across companies", async () => {
    const acme = await billingFirm(t, "Acme");
    const globex = await billingFirm(t, "Globex");
    expect((await acme.owner.post("/api/billing/products", { code: "HOUR", name: "Hour" })).status).toBe(201);
    const dup = await acme.owner.post<ErrorBody>("/api/billing/products", { code: "HOUR", name: "Another" });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toBe("Another product already has the code HOUR. Use a different code.");
    expect(dup.body.error.details).toEqual([{ field: "code", message: dup.body.error.message }]);
    expect((await globex.owner.post("/api/billing/products", { code: "HOUR", name: "Hour" })).status).toBe(
      201,
    );

    const other = await acme.owner.post<Product>("/api/billing/products", { code: "DAY", name: "Day" });
    const renamed = await acme.owner.patch<ErrorBody>(`/api/billing/products/${other.body.id}`, {
      code: "HOUR",
    });
    expect(renamed.status).toBe(409);
    expect((await products(acme.owner)).map((p) => p.code)).toEqual(["DAY", "HOUR"]);
  });

  it("edits, archives and restores a product", async () => {
    const { owner, vat } = await billingFirm(t);
    const { body: p } = await owner.post<Product>("/api/billing/products", {
      code: "H",
      name: "Hour",
      unitPrice: "60",
    });
    const edited = await owner.patch<Product>(`/api/billing/products/${p.id}`, {
      name: "Consulting hour",
      unit: "h",
      unitPrice: "65.1234",
      vatRateId: vat.reduced,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      name: "Consulting hour",
      unit: "h",
      unitPrice: "65.1234",
      vatRate: { id: vat.reduced },
    });
    expect((await owner.patch<Product>(`/api/billing/products/${p.id}`, { active: false })).body.active).toBe(
      false,
    );
    expect((await owner.patch<Product>(`/api/billing/products/${p.id}`, { active: true })).body.active).toBe(
      true,
    );
    const cleared = await owner.patch<Product>(`/api/billing/products/${p.id}`, {
      unit: "",
      vatRateId: null,
    });
    expect(cleared.body).toMatchObject({ unit: null, vatRate: null });
  });

  it("deletes an unused product, but archives one on an invoice, which keeps showing it", async () => {
    const { owner, client } = await billingFirm(t);
    const { body: unused } = await owner.post<Product>("/api/billing/products", { code: "A", name: "A" });
    const { body: used } = await owner.post<Product>("/api/billing/products", {
      code: "B",
      name: "B",
      unitPrice: "5",
    });
    const invoice = await owner.post<Invoice>("/api/invoices", {
      clientId: client.id,
      lines: [{ productId: used.id, quantity: "2" }],
    });
    expect(invoice.status).toBe(201);

    const deleted = await owner.delete<DeletedProduct>(`/api/billing/products/${unused.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ outcome: "deleted", message: "Deleted the product A." });
    const archived = await owner.delete<DeletedProduct>(`/api/billing/products/${used.id}`);
    expect(archived.body.outcome).toBe("archived");
    expect(archived.body.message).toMatch(/B was archived, not deleted: it is used on invoices/);
    expect((await products(owner)).map((p) => [p.code, p.active])).toEqual([["B", false]]);
    const kept = await owner.get<Invoice>(`/api/invoices/${invoice.body.id}`);
    expect(kept.body.lines[0]).toMatchObject({ productId: used.id, description: "B", lineAmount: "10.00" });
  });

  it("shows an imported product's Xero link and archives it rather than deleting it", async () => {
    const { owner, scope } = await billingFirm(t);
    const { body: p } = await owner.post<Product>("/api/billing/products", {
      code: "SATR",
      name: "Tax return",
    });
    await scope.insert(syncRecords, {
      provider: "xero",
      organisationId: "tenant-1",
      entity: "product",
      localId: p.id,
      remoteId: "item-123",
      syncedAt: new Date(),
    });
    expect((await products(owner))[0]!.xero).toEqual({ itemId: "item-123" });
    const res = await owner.delete<DeletedProduct>(`/api/billing/products/${p.id}`);
    expect(res.body.outcome).toBe("archived");
    expect(res.body.message).toMatch(/imported/);
    expect((await products(owner))[0]).toMatchObject({ active: false, xero: { itemId: "item-123" } });
  });

  it("answers 404 for another company's product, VAT rate or resource code, and changes nothing", async () => {
    const acme = await billingFirm(t, "Acme");
    const globex = await billingFirm(t, "Globex");
    const { body: theirs } = await globex.owner.post<Product>("/api/billing/products", {
      code: "G",
      name: "G",
    });
    expect((await acme.owner.patch(`/api/billing/products/${theirs.id}`, { name: "Mine" })).status).toBe(404);
    expect((await acme.owner.delete(`/api/billing/products/${theirs.id}`)).status).toBe(404);
    const vat = await acme.owner.post<ErrorBody>("/api/billing/products", {
      code: "X",
      name: "X",
      vatRateId: globex.vat.standard,
    });
    expect(vat.status).toBe(404);
    expect(vat.body.error.details).toEqual([{ field: "vatRateId", message: expect.any(String) }]);
    const code = await acme.owner.post("/api/billing/products", {
      code: "X",
      name: "X",
      resourceCodeId: globex.resourceCodeId,
    });
    expect(code.status).toBe(404);
    expect(await products(acme.owner)).toEqual([]);
    expect((await products(globex.owner))[0]).toMatchObject({ name: "G", active: true });
  });

  it("lets only the Owner or an Admin manage products; Members list them", async () => {
    const { owner } = await billingFirm(t);
    const member = await t.join(owner, "member");
    const { body: p } = await owner.post<Product>("/api/billing/products", { code: "P", name: "P" });
    expect((await member.get("/api/billing/products")).status).toBe(200);
    expect((await member.post("/api/billing/products", { code: "M", name: "M" })).status).toBe(403);
    expect((await member.patch(`/api/billing/products/${p.id}`, { name: "M" })).status).toBe(403);
    expect((await member.delete(`/api/billing/products/${p.id}`)).status).toBe(403);
  });

  it("refuses bad input with field errors: no code, a price with 5 decimals, unknown fields", async () => {
    const { owner } = await billingFirm(t);
    const res = await owner.post<ErrorBody>("/api/billing/products", {
      code: " ",
      name: "N",
      unitPrice: "1.23456",
      colour: "red",
    });
    expect(res.status).toBe(400);
    expect((res.body.error.details as { field: string }[]).map((d) => d.field).sort()).toEqual(
      ["(body)", "code", "unitPrice"].sort(),
    );
  });

  it("needs the Billing app to create products", async () => {
    const owner = await t.signUp();
    expect((await owner.post("/api/billing/products", { code: "P", name: "P" })).status).toBe(402);
  });
});
