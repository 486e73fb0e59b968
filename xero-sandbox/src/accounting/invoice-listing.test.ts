import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../sandbox.js";
import { DEMO_BAKERY_TENANT_ID } from "../seed/fixed-ids.js";
import {
  type AccountingClient,
  accountingClient,
  record,
  rows,
  startTestSandbox,
} from "../testing/harness.js";
import { parseMsDate } from "./xero-date.js";

type Row = Record<string, unknown>;
type Invoices = { Invoices: Row[]; pagination?: { itemCount: number; pageCount: number } };

describe("listing invoices, bills and bank transactions", () => {
  let sandbox: Sandbox;
  let api: AccountingClient;
  let all: Row[];
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = accountingClient(sandbox, (await sandbox.connect()).access_token, DEMO_BAKERY_TENANT_ID);
    all = (await api.get<Invoices>("/Invoices?page=1&pageSize=1000")).body.Invoices;
  });
  afterAll(() => sandbox.close());

  const dateOf = (row: Row) => parseMsDate(String(row.Date)) ?? 0;

  it("counts a month's sales invoices with a where on Type and Date, as work statistics do", async () => {
    const where = 'Type=="ACCREC" AND Date>=DateTime(2025,06,01) AND Date<DateTime(2025,07,01)';
    const answer = await api.get<Invoices>(
      `/Invoices?page=1&pageSize=1000&where=${encodeURIComponent(where)}`,
    );
    const expected = all.filter(
      (i) => i.Type === "ACCREC" && dateOf(i) >= Date.UTC(2025, 5, 1) && dateOf(i) < Date.UTC(2025, 6, 1),
    );
    expect(answer.body.Invoices.length).toBe(expected.length);
    expect(answer.body.pagination?.itemCount).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(10);
  });

  it("filters with where on Status, Type and Date together", async () => {
    const where =
      '(Status=="AUTHORISED" OR Status=="PAID") AND Type=="ACCPAY" AND Date>=DateTime(2025,10,01) AND Date<DateTime(2026,01,01)';
    const answer = await api.get<Invoices>(
      `/Invoices?page=1&pageSize=1000&where=${encodeURIComponent(where)}`,
    );
    const expected = all.filter(
      (i) =>
        (i.Status === "AUTHORISED" || i.Status === "PAID") &&
        i.Type === "ACCPAY" &&
        dateOf(i) >= Date.UTC(2025, 9, 1) &&
        dateOf(i) < Date.UTC(2026, 0, 1),
    );
    expect(expected.length).toBeGreaterThan(5);
    expect(answer.body.Invoices.map((i) => i.InvoiceID)).toEqual(expected.map((i) => i.InvoiceID));
    const drafts = await api.get<Invoices>(`/Invoices?where=${encodeURIComponent('Status=="DRAFT"')}`);
    expect(drafts.body.Invoices.length).toBe(all.filter((i) => i.Status === "DRAFT").length);
    expect(drafts.body.Invoices.every((i) => i.Status === "DRAFT")).toBe(true);
  });

  it("filters with Statuses, ContactIDs and IDs", async () => {
    const statuses = await api.get<Invoices>("/Invoices?page=1&pageSize=1000&Statuses=DRAFT,VOIDED");
    expect(new Set(statuses.body.Invoices.map((i) => i.Status))).toEqual(new Set(["DRAFT", "VOIDED"]));
    const contactId = String(record(all[0]?.Contact).ContactID);
    const byContact = await api.get<Invoices>(`/Invoices?ContactIDs=${contactId}&page=1&pageSize=1000`);
    expect(byContact.body.Invoices.every((i) => record(i.Contact).ContactID === contactId)).toBe(true);
    expect(byContact.body.Invoices.length).toBe(
      all.filter((i) => record(i.Contact).ContactID === contactId).length,
    );
    const ids = [all[5], all[7]].map((i) => String(i?.InvoiceID));
    expect(
      (await api.get<Invoices>(`/Invoices?IDs=${ids.join(",")}`)).body.Invoices.map((i) => i.InvoiceID),
    ).toEqual(ids);
  });

  it("leaves line items out of unpaged lists and puts them in paged ones", async () => {
    const unpaged = await api.get<Invoices>("/Invoices?Statuses=PAID");
    expect(unpaged.body.pagination).toBeUndefined();
    expect(unpaged.body.Invoices[0]?.LineItems).toBeUndefined();
    expect(rows(all[0]?.LineItems).length).toBeGreaterThan(0);
  });

  it("answers only invoices changed since If-Modified-Since, including those changed by payments", async () => {
    const since = new Date(sandbox.now()).toISOString();
    expect(
      (await api.get<Invoices>("/Invoices?page=1", { "If-Modified-Since": since })).body.Invoices,
    ).toEqual([]);
    const target = all.find((i) => i.Status === "AUTHORISED" && Number(i.AmountDue) > 1);
    const paid = await fetch(`${sandbox.url}/__sandbox/payments`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        tenantId: DEMO_BAKERY_TENANT_ID,
        invoiceId: target?.InvoiceID,
        amount: 1,
        date: "2026-03-16",
      }),
    });
    expect(paid.status).toBe(200);
    const changed = await api.get<Invoices>("/Invoices?page=1", { "If-Modified-Since": since });
    expect(changed.body.Invoices.map((i) => i.InvoiceID)).toEqual([target?.InvoiceID]);
  });

  it("pages bank transactions with a date filter, for monthly statistics", async () => {
    const where = "Date>=DateTime(2025,12,01) AND Date<DateTime(2026,01,01)";
    const answer = await api.get<{ BankTransactions: Row[]; pagination: { itemCount: number } }>(
      `/BankTransactions?page=1&pageSize=1000&where=${encodeURIComponent(where)}`,
    );
    expect(answer.body.pagination.itemCount).toBeGreaterThan(20);
    expect(answer.body.BankTransactions.every((t) => t.Type === "RECEIVE" || t.Type === "SPEND")).toBe(true);
  });
});
