import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { Invoice, InvoiceList, MatchingInvoices } from "../../../../shared/api/invoices.js";
import { clients } from "../../../db/schema/clients.js";
import { companies } from "../../../db/schema/companies.js";
import { PUBLIC_URL, setupTestApp } from "../../../test/test-app.js";
import { addClient, billingFirm, type Owner } from "../test/billing-firm.js";
import { createInvoices } from "./create-invoices.js";

const t = setupTestApp();

async function invoice(
  owner: Owner,
  clientId: string,
  date: string,
  price: string,
  options: { issue?: boolean; reference?: string } = {},
) {
  const res = await owner.post<Invoice>("/api/invoices", {
    clientId,
    date,
    reference: options.reference ?? null,
    lines: [{ description: "Work", quantity: "1", unitPrice: price }],
  });
  expect(res.status).toBe(201);
  if (!options.issue) return res.body;
  const issued = await owner.post<Invoice>(`/api/invoices/${res.body.id}/issue`);
  expect(issued.status).toBe(200);
  return issued.body;
}

/** Alder: INV-1 (1 Jan, 100), INV-2 (10 Jan, 300), draft (20 Jan, 50); Birch: INV-3 (5 Jan, 200), draft (15 Jan, 400). */
async function ledger() {
  const firm = await billingFirm(t);
  const birch = await addClient(firm.owner, { name: "Birch Studio OÜ" });
  const alder = firm.client.id;
  const a1 = await invoice(firm.owner, alder, "2026-01-01", "100", { issue: true });
  const a2 = await invoice(firm.owner, alder, "2026-01-10", "300", { issue: true });
  const b1 = await invoice(firm.owner, birch.id, "2026-01-05", "200", { issue: true });
  const a3 = await invoice(firm.owner, alder, "2026-01-20", "50");
  const b2 = await invoice(firm.owner, birch.id, "2026-01-15", "400");
  return { ...firm, birch, a1, a2, a3, b1, b2 };
}

const list = async (owner: Owner, query = "") => {
  const res = await owner.get<InvoiceList>(`/api/invoices${query ? `?${query}` : ""}`);
  expect(res.status).toBe(200);
  return res.body;
};
const numbersOrDates = (l: InvoiceList) => l.items.map((i) => i.number ?? i.date);

describe("All invoices", () => {
  it("lists newest first with the total, and pages through them", async () => {
    const { owner, a1, a3 } = await ledger();
    const all = await list(owner);
    expect(all.total).toBe(5);
    expect(numbersOrDates(all)).toEqual(["2026-01-20", "2026-01-15", "INV-2", "INV-3", "INV-1"]);
    expect(all.items[0]).toEqual({
      id: a3.id,
      kind: "invoice",
      number: null,
      status: "in_progress",
      overdue: false,
      client: { id: a1.client.id, name: "Alder Bakery OÜ" },
      date: "2026-01-20",
      dueDate: "2026-02-03",
      currency: "EUR",
      reference: null,
      subTotal: "50.00",
      totalTax: "0.00",
      total: "50.00",
    });
    const page2 = await list(owner, "limit=2&page=2");
    expect(page2.total).toBe(5);
    expect(numbersOrDates(page2)).toEqual(["INV-2", "INV-3"]);
    expect((await list(owner, "limit=2&page=4")).items).toEqual([]);
  });

  it("filters by status, client and date range, and searches number and client name", async () => {
    const { owner, birch } = await ledger();
    expect(numbersOrDates(await list(owner, "status=in_progress"))).toEqual(["2026-01-20", "2026-01-15"]);
    expect(numbersOrDates(await list(owner, "status=created"))).toEqual(["INV-2", "INV-3", "INV-1"]);
    expect(numbersOrDates(await list(owner, `clientId=${birch.id}`))).toEqual(["2026-01-15", "INV-3"]);
    expect(numbersOrDates(await list(owner, "from=2026-01-05&to=2026-01-15"))).toEqual([
      "2026-01-15",
      "INV-2",
      "INV-3",
    ]);
    expect(numbersOrDates(await list(owner, "search=inv-2"))).toEqual(["INV-2"]);
    expect(numbersOrDates(await list(owner, "search=BIRCH"))).toEqual(["2026-01-15", "INV-3"]);
    expect(numbersOrDates(await list(owner, "search=alder%20inv-1"))).toEqual(["INV-1"]);
    expect(numbersOrDates(await list(owner, "search=%25"))).toEqual([]);
    // A renamed client is found by its new name.
    await owner.patch(`/api/clients/${birch.id}`, { name: "Cedar Works OÜ" });
    expect((await list(owner, "search=cedar")).total).toBe(2);
    expect((await list(owner, "search=birch")).total).toBe(0);
  });

  it("sorts by date, number, client, total and due date, both ways", async () => {
    const { owner } = await ledger();
    const sorted = async (sort: string) => numbersOrDates(await list(owner, `sort=${sort}`));
    expect(await sorted("date")).toEqual(["INV-1", "INV-3", "INV-2", "2026-01-15", "2026-01-20"]);
    // Numbers as given (in-progress invoices have none: last, or first when descending).
    expect((await sorted("number")).slice(0, 3)).toEqual(["INV-1", "INV-2", "INV-3"]);
    expect((await sorted("-number")).slice(2)).toEqual(["INV-3", "INV-2", "INV-1"]);
    const byClient = await list(owner, "sort=client");
    expect(byClient.items.map((i) => i.client.name)).toEqual([
      "Alder Bakery OÜ",
      "Alder Bakery OÜ",
      "Alder Bakery OÜ",
      "Birch Studio OÜ",
      "Birch Studio OÜ",
    ]);
    expect((await list(owner, "sort=-client")).items[0]!.client.name).toBe("Birch Studio OÜ");
    expect((await list(owner, "sort=total")).items.map((i) => i.total)).toEqual([
      "50.00",
      "100.00",
      "200.00",
      "300.00",
      "400.00",
    ]);
    expect((await list(owner, "sort=-total")).items.map((i) => i.total)).toEqual([
      "400.00",
      "300.00",
      "200.00",
      "100.00",
      "50.00",
    ]);
    expect((await list(owner, "sort=dueDate")).items.map((i) => i.dueDate)).toEqual([
      "2026-01-15",
      "2026-01-19",
      "2026-01-24",
      "2026-01-29",
      "2026-02-03",
    ]);
    const bad = await owner.get<ErrorBody>("/api/invoices?sort=colour");
    expect(bad.status).toBe(400);
  });

  it("shows as overdue the issued invoices due before today in the company's time zone", async () => {
    const { owner } = await ledger();
    // INV-2 is due on 24 January. 23:30 UTC on 24 January is already the 25th in Tallinn.
    t.clock.advance(Date.parse("2026-01-24T23:30:00Z") - t.clock.now().getTime());
    const overdue = await list(owner, "status=overdue");
    expect(numbersOrDates(overdue)).toEqual(["INV-2", "INV-3", "INV-1"]);
    expect(overdue.items.every((i) => i.overdue)).toBe(true);
    expect((await list(owner)).items.filter((i) => i.overdue).map((i) => i.number)).toEqual([
      "INV-2",
      "INV-3",
      "INV-1",
    ]);

    await t.database.db
      .update(companies)
      .set({ timeZone: "UTC" })
      .where(eq(companies.id, owner.me.company.id));
    expect(numbersOrDates(await list(owner, "status=overdue"))).toEqual(["INV-3", "INV-1"]);
  });

  it("does not count credit notes as overdue", async () => {
    const { owner, a1 } = await ledger();
    const credit = await owner.post<Invoice>(`/api/invoices/${a1.id}/credit-note`);
    t.clock.advance(20 * 86_400_000);
    const overdue = await list(owner, "status=overdue");
    expect(overdue.items.map((i) => i.id)).not.toContain(credit.body.id);
    expect(overdue.total).toBe(3);
  });

  it("exports every invoice the filter shows as CSV, quoted, with decimals as written", async () => {
    const { owner, client } = await ledger();
    const tricky = await addClient(owner, { name: 'Smith, Jones & "Partners"' });
    await invoice(owner, tricky.id, "2026-01-12", "1234.5", { issue: true, reference: "=HYPERLINK(1)" });
    await invoice(owner, client.id, "2026-01-13", "0.1", { reference: "line one\nline two" });
    t.clock.advance(86_400_000); // INV-1, due on the 15th, is overdue on the 16th.
    const res = await owner.get<string>("/api/invoices.csv?sort=date");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="invoices-2026-01-16.csv"');
    expect(res.body.split("\r\n")).toEqual([
      "Number,Type,Status,Overdue,Client,Date,Due date,Currency,Reference,Subtotal,VAT,Total",
      "INV-1,Invoice,Created,yes,Alder Bakery OÜ,2026-01-01,2026-01-15,EUR,,100.00,0.00,100.00",
      "INV-3,Invoice,Created,,Birch Studio OÜ,2026-01-05,2026-01-19,EUR,,200.00,0.00,200.00",
      "INV-2,Invoice,Created,,Alder Bakery OÜ,2026-01-10,2026-01-24,EUR,,300.00,0.00,300.00",
      `INV-4,Invoice,Created,,"Smith, Jones & ""Partners""",2026-01-12,2026-01-26,EUR,'=HYPERLINK(1),1234.50,0.00,1234.50`,
      `,Invoice,In progress,,Alder Bakery OÜ,2026-01-13,2026-01-27,EUR,"line one\nline two",0.10,0.00,0.10`,
      ",Invoice,In progress,,Birch Studio OÜ,2026-01-15,2026-01-29,EUR,,400.00,0.00,400.00",
      ",Invoice,In progress,,Alder Bakery OÜ,2026-01-20,2026-02-03,EUR,,50.00,0.00,50.00",
      "",
    ]);
    // Starts with a UTF-8 byte order mark, for Excel (the text decoder above drops it).
    const raw = await t.app.request(`${PUBLIC_URL}/api/invoices.csv`, {
      headers: { Cookie: owner.cookie!, Origin: PUBLIC_URL },
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 4)]).toEqual([
      0xef,
      0xbb,
      0xbf,
      "N".charCodeAt(0),
    ]);
    const filtered = await owner.get<string>("/api/invoices.csv?status=in_progress&search=alder");
    expect(filtered.body.trim().split("\r\n")).toHaveLength(3); // the header and two rows
  });

  it("keeps a filter's total across pages and sorts, until invoices or clients change, whoever changes them", async () => {
    const { owner, scope, birch } = await ledger();
    expect((await list(owner, "search=birch")).total).toBe(2);
    expect((await list(owner, "search=birch&sort=-total&page=2&limit=1")).total).toBe(2);
    // Written past the API (a billing run, another process): the database announces it.
    await createInvoices(scope, {
      invoices: [{ clientId: birch.id, lines: [{ description: "Fee", quantity: "1", unitPrice: "1" }] }],
      userId: null,
      now: t.clock.now(),
    });
    expect((await list(owner, "search=birch")).total).toBe(3);
    await scope.update(clients, { name: "Cedar Works OÜ" }, eq(clients.id, birch.id));
    expect((await list(owner, "search=birch")).total).toBe(0);
  });

  it("exports more rows than one batch", async () => {
    const { owner, scope, client } = await billingFirm(t);
    await createInvoices(scope, {
      invoices: Array.from({ length: 1100 }, () => ({
        clientId: client.id,
        date: "2026-01-02",
        lines: [{ description: "Fee", quantity: "1", unitPrice: "1" }],
      })),
      userId: null,
      now: t.clock.now(),
    });
    const res = await owner.get<string>("/api/invoices.csv");
    expect(res.body.trim().split("\r\n")).toHaveLength(1101);
    expect((await list(owner)).total).toBe(1100);
  });

  it("selects every invoice that matches the filter, over all pages, in the list's order", async () => {
    const { owner, a1, a2, a3 } = await ledger();
    const other = await billingFirm(t, "Other Firm");
    await invoice(other.owner, other.client.id, "2026-01-03", "10");
    const res = await owner.get<MatchingInvoices>(
      "/api/invoices/matching?search=alder&sort=total&page=2&limit=1",
    );
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items.map((i) => i.id)).toEqual([a3.id, a1.id, a2.id]);
    expect(res.body.items[0]).toMatchObject({ status: "in_progress", number: null, total: "50.00" });
    const none = await owner.get<MatchingInvoices>("/api/invoices/matching?status=overdue&from=2027-01-01");
    expect(none.body).toEqual({ items: [], total: 0 });
    const bad = await owner.get<ErrorBody>("/api/invoices/matching?from=2026-02-30");
    expect(bad.status).toBe(400);
  });

  it("selects at most 5000 invoices at once, and says how many match", async () => {
    const { owner, scope, client } = await billingFirm(t);
    await createInvoices(scope, {
      invoices: Array.from({ length: 5001 }, () => ({
        clientId: client.id,
        date: "2026-01-02",
        lines: [{ description: "Fee", quantity: "1", unitPrice: "1" }],
      })),
      userId: null,
      now: t.clock.now(),
    });
    const res = await owner.get<MatchingInvoices>("/api/invoices/matching");
    expect(res.body.items).toHaveLength(5000);
    expect(res.body.total).toBe(5001);
  });
});
