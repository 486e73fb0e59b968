import { describe, expect, it } from "vitest";
import type { Contract, ContractTemplate } from "../../../../shared/api/contracts.js";
import { setupTestApp } from "../../../test/test-app.js";
import { addClient, billingFirm } from "../test/billing-firm.js";
import { addProduct, monthly } from "./test-contracts.js";

const t = setupTestApp();

describe("a client's contract", () => {
  it("is saved with its billing day and lines, and read back as saved", async () => {
    const { owner, client } = await billingFirm(t);
    const bookkeeping = await addProduct(owner, "BK", "150.00");
    const payroll = await addProduct(owner, "PAY", "40.00");
    expect((await owner.get<Contract>(`/api/clients/${client.id}/contract`)).body).toMatchObject({
      billingDay: 1,
      template: null,
      lines: [],
    });
    const saved = await owner.request<Contract>("PUT", `/api/clients/${client.id}/contract`, {
      billingDay: 5,
      lines: [
        monthly(bookkeeping.id),
        {
          productId: payroll.id,
          quantity: "2.5",
          unitPrice: "35.1234",
          frequency: "quarterly",
          startMonth: "2026-02",
          endMonth: "2026-12",
        },
      ],
    });
    expect(saved.status).toBe(200);
    const read = (await owner.get<Contract>(`/api/clients/${client.id}/contract`)).body;
    expect(read).toEqual(saved.body);
    expect(read.billingDay).toBe(5);
    expect(read.lines).toMatchObject([
      {
        product: { code: "BK", unitPrice: "150.0000" },
        quantity: "1",
        unitPrice: null,
        frequency: "monthly",
      },
      {
        product: { code: "PAY" },
        quantity: "2.5",
        unitPrice: "35.1234",
        startMonth: "2026-02",
        endMonth: "2026-12",
      },
    ]);
  });

  it("keeps a line's id when it is saved again with it, and drops lines left out", async () => {
    const { owner, client } = await billingFirm(t);
    const bk = await addProduct(owner, "BK");
    const url = `/api/clients/${client.id}/contract`;
    const first = (
      await owner.request<Contract>("PUT", url, { billingDay: 1, lines: [monthly(bk.id), monthly(bk.id)] })
    ).body;
    const again = await owner.request<Contract>("PUT", url, {
      billingDay: 1,
      lines: [{ ...monthly(bk.id, { quantity: "3" }), id: first.lines[1]!.id }],
    });
    expect(again.body.lines).toMatchObject([{ id: first.lines[1]!.id, quantity: "3" }]);
  });

  it("answers 404 for another company's client or product, and changes nothing", async () => {
    const { owner, client } = await billingFirm(t);
    const other = await billingFirm(t, "Other Firm");
    const theirProduct = await addProduct(other.owner, "THEIRS");
    const mine = await addProduct(owner, "BK");
    const url = `/api/clients/${client.id}/contract`;
    await owner.request("PUT", url, { billingDay: 3, lines: [monthly(mine.id)] });

    expect((await other.owner.get(url)).status).toBe(404);
    expect((await other.owner.request("PUT", url, { billingDay: 9, lines: [] })).status).toBe(404);
    const foreign = await owner.request<{ error: { details: { field: string }[] } }>("PUT", url, {
      billingDay: 9,
      lines: [monthly(theirProduct.id)],
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.details).toEqual([expect.objectContaining({ field: "lines.0.productId" })]);
    const unchanged = (await owner.get<Contract>(url)).body;
    expect(unchanged).toMatchObject({ billingDay: 3, lines: [{ product: { id: mine.id } }] });
  });

  it("refuses bad input with 400 naming the field, and changes nothing", async () => {
    const { owner, client } = await billingFirm(t);
    const bk = await addProduct(owner, "BK");
    const unpriced = await addProduct(owner, "ADV", null);
    const url = `/api/clients/${client.id}/contract`;
    await owner.request("PUT", url, { billingDay: 3, lines: [monthly(bk.id)] });
    const bad = [
      { billingDay: 32, lines: [] },
      { billingDay: 1, lines: [monthly(bk.id, { quantity: "-1" })] },
      { billingDay: 1, lines: [monthly(bk.id, { quantity: "1.12345" })] },
      { billingDay: 1, lines: [monthly(bk.id, { endMonth: "2025-12" })] },
      { billingDay: 1, lines: [monthly(bk.id, { startMonth: "2026-13" })] },
      { billingDay: 1, lines: [monthly(bk.id, { frequency: "weekly" })] },
      { billingDay: 1, lines: [monthly(unpriced.id)] },
    ];
    for (const body of bad) {
      const res = await owner.request<{ error: { details: unknown[] } }>("PUT", url, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details.length).toBeGreaterThan(0);
    }
    // With its own price, a product without one is fine.
    const priced = await owner.request("PUT", url, {
      billingDay: 1,
      lines: [monthly(unpriced.id, { unitPrice: "80" })],
    });
    expect(priced.status).toBe(200);
  });

  it("is read by Members but changed only by the Owner or an Admin, with the Billing app enabled", async () => {
    const { owner, client } = await billingFirm(t);
    const member = await t.join(owner, "member");
    const url = `/api/clients/${client.id}/contract`;
    expect((await member.get(url)).status).toBe(200);
    expect((await member.request("PUT", url, { billingDay: 2, lines: [] })).status).toBe(403);
    const admin = await t.join(owner, "admin");
    expect((await admin.request("PUT", url, { billingDay: 2, lines: [] })).status).toBe(200);
    expect((await owner.post("/api/apps/billing/disable")).status).toBe(200);
    expect((await owner.get(url)).status).toBe(409);
  });
});

describe("contract templates", () => {
  const template = (productId: string, name = "Bookkeeping S") => ({
    name,
    billingDay: 10,
    lines: [monthly(productId, { unitPrice: "99.00" })],
  });

  it("applied to many clients, gives each the template's contract; a template change reaches them", async () => {
    const { owner, client } = await billingFirm(t);
    const birch = await addClient(owner, { name: "Birch Studio OÜ" });
    const bk = await addProduct(owner, "BK");
    const created = await owner.post<ContractTemplate>("/api/billing/contract-templates", template(bk.id));
    expect(created.status).toBe(201);
    const id = created.body.id;
    const applied = await owner.post(`/api/billing/contract-templates/${id}/apply`, {
      clientIds: [client.id, birch.id],
    });
    expect(applied).toMatchObject({ status: 200, body: { applied: 2 } });
    for (const c of [client, birch]) {
      expect((await owner.get<Contract>(`/api/clients/${c.id}/contract`)).body).toMatchObject({
        billingDay: 10,
        template: { id, name: "Bookkeeping S" },
        lines: [{ product: { code: "BK" }, unitPrice: "99.00" }],
      });
    }
    const before = (await owner.get<Contract>(`/api/clients/${birch.id}/contract`)).body.lines[0]!.id;
    const changed = await owner.patch<ContractTemplate>(`/api/billing/contract-templates/${id}`, {
      billingDay: 15,
      lines: [{ ...monthly(bk.id, { unitPrice: "120.00" }), id: created.body.lines[0]!.id }],
    });
    expect(changed.body).toMatchObject({ billingDay: 15, clientCount: 2 });
    const birchNow = (await owner.get<Contract>(`/api/clients/${birch.id}/contract`)).body;
    expect(birchNow).toMatchObject({ billingDay: 15, lines: [{ id: before, unitPrice: "120.00" }] });
  });

  it("is detached from a client whose contract is edited; later template changes leave it alone", async () => {
    const { owner, client } = await billingFirm(t);
    const birch = await addClient(owner, { name: "Birch Studio OÜ" });
    const bk = await addProduct(owner, "BK");
    const { id } = (await owner.post<ContractTemplate>("/api/billing/contract-templates", template(bk.id)))
      .body;
    await owner.post(`/api/billing/contract-templates/${id}/apply`, { clientIds: [client.id, birch.id] });
    const url = `/api/clients/${client.id}/contract`;
    const own = (await owner.get<Contract>(url)).body;
    const edited = await owner.request<Contract>("PUT", url, {
      billingDay: 20,
      lines: own.lines.map((l) => ({ ...monthly(l.product.id, { unitPrice: "75.00" }), id: l.id })),
    });
    expect(edited.body).toMatchObject({ template: null, billingDay: 20 });
    await owner.patch(`/api/billing/contract-templates/${id}`, { billingDay: 28 });
    expect((await owner.get<Contract>(url)).body).toMatchObject({
      billingDay: 20,
      lines: [{ unitPrice: "75.00" }],
    });
    const list = (await owner.get<ContractTemplate[]>("/api/billing/contract-templates")).body;
    expect(list).toMatchObject([{ id, clientCount: 1, billingDay: 28 }]);
  });

  it("applies to no one when one client is another company's (404 naming it)", async () => {
    const { owner, client } = await billingFirm(t);
    const other = await billingFirm(t, "Other Firm");
    const bk = await addProduct(owner, "BK");
    const { id } = (await owner.post<ContractTemplate>("/api/billing/contract-templates", template(bk.id)))
      .body;
    const res = await owner.post<{ error: { details: { field: string }[] } }>(
      `/api/billing/contract-templates/${id}/apply`,
      {
        clientIds: [client.id, other.client.id],
      },
    );
    expect(res.status).toBe(404);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: "clientIds.1" })]);
    expect((await owner.get<Contract>(`/api/clients/${client.id}/contract`)).body.lines).toEqual([]);
    // Nor can the other company see, change, apply or delete the template.
    for (const [method, body] of [
      ["PATCH", { name: "Mine" }],
      ["DELETE", undefined],
      ["POST", { clientIds: [other.client.id] }],
    ] as const) {
      const path = `/api/billing/contract-templates/${id}${method === "POST" ? "/apply" : ""}`;
      expect((await other.owner.request(method, path, body)).status).toBe(404);
    }
    expect((await other.owner.get<ContractTemplate[]>("/api/billing/contract-templates")).body).toEqual([]);
  });

  it("refuses a second template of the same name (409) and bad lines (400), changing nothing", async () => {
    const { owner } = await billingFirm(t);
    const bk = await addProduct(owner, "BK");
    await owner.post("/api/billing/contract-templates", template(bk.id));
    const twin = await owner.post("/api/billing/contract-templates", template(bk.id, "bookkeeping s"));
    expect(twin.status).toBe(409);
    const bad = await owner.post("/api/billing/contract-templates", {
      ...template(bk.id, "M"),
      lines: [monthly(bk.id, { quantity: "0" })],
    });
    expect(bad.status).toBe(400);
    const list = (await owner.get<ContractTemplate[]>("/api/billing/contract-templates")).body;
    expect(list.map((x) => x.name)).toEqual(["Bookkeeping S"]);
  });

  it("deleted, leaves the clients that followed it their contracts as their own", async () => {
    const { owner, client } = await billingFirm(t);
    const bk = await addProduct(owner, "BK");
    const { id } = (await owner.post<ContractTemplate>("/api/billing/contract-templates", template(bk.id)))
      .body;
    await owner.post(`/api/billing/contract-templates/${id}/apply`, { clientIds: [client.id] });
    const member = await t.join(owner, "member");
    expect((await member.delete(`/api/billing/contract-templates/${id}`)).status).toBe(403);
    expect((await owner.delete(`/api/billing/contract-templates/${id}`)).status).toBe(204);
    expect((await owner.get<Contract>(`/api/clients/${client.id}/contract`)).body).toMatchObject({
      template: null,
      billingDay: 10,
      lines: [{ unitPrice: "99.00" }],
    });
  });
});
