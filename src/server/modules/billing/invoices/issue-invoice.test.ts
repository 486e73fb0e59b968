import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { BillingSettings } from "../../../../shared/api/billing-settings.js";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { Invoice } from "../../../../shared/api/invoices.js";
import { billingSettings, invoices } from "../../../db/schema/invoices.js";
import { setupTestApp } from "../../../test/test-app.js";
import { billingFirm } from "../test/billing-firm.js";

const t = setupTestApp();

const line = { description: "Bookkeeping", quantity: "1", unitPrice: "100" };

describe("issuing an invoice", () => {
  it("gives it the next number, makes it Created and freezes the client's and firm's details on it", async () => {
    const { owner, client, scope } = await billingFirm(t);
    const details = await owner.patch(`/api/clients/${client.id}`, {
      vatNumber: "EE123456780",
      email: "accounts@alder.example",
      address: { line1: "Pärnu mnt 1", city: "Tallinn", postalCode: "10141", country: "Estonia" },
    });
    expect(details.status).toBe(200);
    const { body: draft } = await owner.post<Invoice>("/api/invoices", {
      clientId: client.id,
      lines: [line],
    });
    t.clock.advance(60_000);
    const res = await owner.post<Invoice>(`/api/invoices/${draft.id}/issue`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      number: "INV-1",
      status: "created",
      issuedAt: t.clock.now().toISOString(),
      total: "100.00",
    });
    const [row] = await scope.select(invoices, eq(invoices.id, draft.id));
    expect(row!.clientSnapshot).toEqual({
      name: "Alder Bakery OÜ",
      registryCode: "12345678",
      vatNumber: "EE123456780",
      email: "accounts@alder.example",
      address: ["Pärnu mnt 1", "10141 Tallinn", "Estonia"],
    });
    // No legal name in Billing settings: the company's name is printed.
    expect(row!.firmSnapshot).toMatchObject({ legalName: owner.me.company.name, bankAccount: null });
    expect(row!.issuedBy).toBe(owner.me.user.id);

    // A later rename shows in the list, but the issued invoice keeps the name it was issued to.
    await owner.patch(`/api/clients/${client.id}`, { name: "Alder Bakery AS" });
    expect((await owner.get<Invoice>(`/api/invoices/${draft.id}`)).body.client.name).toBe("Alder Bakery AS");
    const [after] = await scope.select(invoices, eq(invoices.id, draft.id));
    expect(after!.clientSnapshot!.name).toBe("Alder Bakery OÜ");

    const again = await owner.post<ErrorBody>(`/api/invoices/${draft.id}/issue`);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe("This invoice is already issued, as INV-1.");
  });

  it("numbers with the prefix and next number of Billing settings", async () => {
    const { owner, client } = await billingFirm(t);
    const current = (await owner.get<BillingSettings>("/api/billing/settings")).body;
    await owner.request("PUT", "/api/billing/settings", {
      ...current,
      numberPrefix: "2026/",
      nextNumber: 500,
    });
    const { body: draft } = await owner.post<Invoice>("/api/invoices", {
      clientId: client.id,
      lines: [line],
    });
    expect((await owner.post<Invoice>(`/api/invoices/${draft.id}/issue`)).body.number).toBe("2026/500");
    expect((await owner.get<BillingSettings>("/api/billing/settings")).body.nextNumber).toBe(501);
  });

  it("refuses an empty invoice (409) without using up a number", async () => {
    const { owner, client } = await billingFirm(t);
    const { body: empty } = await owner.post<Invoice>("/api/invoices", { clientId: client.id, lines: [] });
    const res = await owner.post<ErrorBody>(`/api/invoices/${empty.id}/issue`);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe("This invoice has no lines. Add a line before issuing it.");
    expect((await owner.get<Invoice>(`/api/invoices/${empty.id}`)).body.status).toBe("in_progress");
    const { body: full } = await owner.post<Invoice>("/api/invoices", { clientId: client.id, lines: [line] });
    expect((await owner.post<Invoice>(`/api/invoices/${full.id}/issue`)).body.number).toBe("INV-1");
  });

  it("says what to do when the next number was set back onto a used one, and gives no number away", async () => {
    const { owner, client, scope } = await billingFirm(t);
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      ids.push((await owner.post<Invoice>("/api/invoices", { clientId: client.id, lines: [line] })).body.id);
    }
    await owner.post(`/api/invoices/${ids[0]}/issue`);
    // Set back behind Kontor's back (the settings form refuses it).
    await scope.update(billingSettings, { nextNumber: 1 });
    const res = await owner.post<ErrorBody>(`/api/invoices/${ids[1]}/issue`);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/already used by another invoice. Set a higher next number/);
    expect((await owner.get<Invoice>(`/api/invoices/${ids[1]}`)).body.status).toBe("in_progress");
    const [settings] = await scope.select(billingSettings);
    expect(settings!.nextNumber).toBe(1);
  });

  it("gives 20 invoices issued at the same moment 20 distinct, consecutive numbers", async () => {
    const { owner, client } = await billingFirm(t);
    const admin = await t.join(owner, "admin");
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      ids.push((await owner.post<Invoice>("/api/invoices", { clientId: client.id, lines: [line] })).body.id);
    }
    const results = await Promise.all(
      ids.map((id, i) => (i % 2 ? admin : owner).post<Invoice>(`/api/invoices/${id}/issue`)),
    );
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 200));
    const numbers = results.map((r) => Number(r.body.number!.replace("INV-", ""))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await owner.get<BillingSettings>("/api/billing/settings")).body.nextNumber).toBe(21);
  });

  it("issues an invoice once when the same issue is sent twice at the same moment", async () => {
    const { owner, client } = await billingFirm(t);
    const { body: draft } = await owner.post<Invoice>("/api/invoices", {
      clientId: client.id,
      lines: [line],
    });
    const [a, b] = await Promise.all([
      owner.post<Invoice>(`/api/invoices/${draft.id}/issue`),
      owner.post<Invoice>(`/api/invoices/${draft.id}/issue`),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((await owner.get<BillingSettings>("/api/billing/settings")).body.nextNumber).toBe(2);
  });
});
