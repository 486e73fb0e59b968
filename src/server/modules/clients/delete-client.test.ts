import { describe, expect, it } from "vitest";
import type { Invoice } from "../../../shared/api/invoices.js";
import { setupTestApp } from "../../test/test-app.js";
import { billingFirm } from "../billing/test/billing-firm.js";

const t = setupTestApp();

describe("a client with invoices", () => {
  it("cannot be deleted (409: archive it instead), and keeps its invoices", async () => {
    const { owner, client } = await billingFirm(t);
    const { body: invoice } = await owner.post<Invoice>("/api/invoices", {
      clientId: client.id,
      lines: [{ description: "Fee", quantity: "1", unitPrice: "10" }],
    });
    const res = await owner.delete<{ error: { message: string } }>(`/api/clients/${client.id}`);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(
      "Alder Bakery OÜ has invoices, so it cannot be deleted. Archive it instead.",
    );
    expect((await owner.get(`/api/clients/${client.id}`)).status).toBe(200);
    expect((await owner.get(`/api/invoices/${invoice.id}`)).status).toBe(200);
  });
});
