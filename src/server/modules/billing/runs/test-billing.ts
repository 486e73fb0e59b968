import { eq, isNotNull } from "drizzle-orm";
import { expect } from "vitest";
import type { Contract } from "../../../../shared/api/contracts.js";
import type { Invoice, InvoiceList } from "../../../../shared/api/invoices.js";
import type { Db } from "../../../db/client.js";
import { companies } from "../../../db/schema/companies.js";
import { invoiceLines, invoices } from "../../../db/schema/invoices.js";
import type { Agent, TestHarness } from "../../../test/test-app.js";
import { addProduct } from "../contracts/test-contracts.js";
import { addClient, billingFirm } from "../test/billing-firm.js";

/** A billing firm whose clients have contracts: a monthly bookkeeping fee on each given billing day. */
export async function firmWithContracts(t: TestHarness, billingDays: number[], timeZone = "Europe/Tallinn") {
  const firm = await billingFirm(t);
  await t.database.db.update(companies).set({ timeZone }).where(eq(companies.id, firm.owner.me.company.id));
  const bookkeeping = await addProduct(firm.owner, "BK", "150.00");
  const clientIds: string[] = [];
  for (const [i, billingDay] of billingDays.entries()) {
    const client = i === 0 ? firm.client : await addClient(firm.owner, { name: `Client ${i} OÜ` });
    await setContract(firm.owner, client.id, {
      billingDay,
      lines: [{ productId: bookkeeping.id, quantity: "1", frequency: "monthly", startMonth: "2026-01" }],
    });
    clientIds.push(client.id);
  }
  return { ...firm, bookkeeping, clientIds };
}

export async function setContract(agent: Agent, clientId: string, body: unknown): Promise<Contract> {
  const res = await agent.request<Contract>("PUT", `/api/clients/${clientId}/contract`, body);
  expect(res.status).toBe(200);
  return res.body;
}

/** Every invoice of the company, with its lines. */
export async function allInvoices(agent: Agent): Promise<Invoice[]> {
  const list = (await agent.get<InvoiceList>("/api/invoices?limit=100")).body;
  return Promise.all(list.items.map(async (i) => (await agent.get<Invoice>(`/api/invoices/${i.id}`)).body));
}

/** Client, contract line and period of every invoice line made by automated billing. */
export async function invoicedKeys(db: Db): Promise<string[]> {
  const rows = await db
    .select({ client: invoices.clientId, line: invoiceLines.contractLineId, period: invoiceLines.period })
    .from(invoiceLines)
    .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
    .where(isNotNull(invoiceLines.contractLineId));
  return rows.map((r) => `${r.client} ${r.line} ${r.period}`).sort();
}
