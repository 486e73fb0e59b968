import { describe, expect, it } from "vitest";
import { amountDue } from "../accounting/records.js";
import { createSandboxApp } from "../sandbox.js";
import { TEST_NOW } from "../testing/harness.js";
import {
  DEMO_BAKERY_TENANT_ID,
  DEMO_DENTAL_TENANT_ID,
  DEMO_FIRM_TENANT_ID,
  DEMO_LANDSCAPING_TENANT_ID,
} from "./fixed-ids.js";
import { activityPeriods } from "./transactions.js";

describe("the demo data", () => {
  const { state } = createSandboxApp({ now: TEST_NOW, clockMode: "frozen" });
  const firm = state.tenants.get(DEMO_FIRM_TENANT_ID);
  if (!firm) throw new Error("no firm");
  const contacts = [...firm.contacts.values()];

  it("is the same every time for the same start time", () => {
    const again = createSandboxApp({ now: TEST_NOW, clockMode: "frozen" }).state;
    for (const tenantId of [DEMO_FIRM_TENANT_ID, DEMO_BAKERY_TENANT_ID]) {
      const a = state.tenants.get(tenantId);
      const b = again.tenants.get(tenantId);
      expect([...(b?.contacts.values() ?? [])]).toEqual([...(a?.contacts.values() ?? [])]);
      expect([...(b?.invoices.values() ?? [])]).toEqual([...(a?.invoices.values() ?? [])]);
    }
  });

  it("gives the firm about 60 varied customers", () => {
    const customers = contacts.filter((c) => !c.IsSupplier);
    expect(customers.length).toBeGreaterThanOrEqual(55);
    expect(contacts.filter((c) => c.ContactStatus === "ARCHIVED").length).toBeGreaterThanOrEqual(3);
    expect(contacts.filter((c) => c.ContactPersons.length >= 2).length).toBeGreaterThanOrEqual(5);
    const emails = contacts.map((c) => c.EmailAddress).filter((e): e is string => e !== undefined);
    expect(emails.length - new Set(emails).size).toBe(2);
    expect(contacts.some((c) => c.Phones.length === 0)).toBe(true);
    expect(contacts.some((c) => c.Phones.length === 1 && c.Phones[0]?.PhoneType === "MOBILE")).toBe(true);
    expect(contacts.some((c) => c.Phones.some((p) => p.PhoneCountryCode === "44"))).toBe(true);
    expect(contacts.some((c) => c.Addresses.length === 0)).toBe(true);
    expect(contacts.some((c) => c.Addresses.some((a) => a.AddressType === "POBOX"))).toBe(true);
    expect(contacts.some((c) => c.DefaultCurrency === "EUR")).toBe(true);
    expect(contacts.map((c) => c.Name)).toContain("Northwind Bakery Ltd");
  });

  it("has tax rates, accounts, items and currencies with archived and deleted entries", () => {
    const rates = [...firm.taxRates.values()];
    expect(new Set(rates.map((r) => r.Status))).toEqual(new Set(["ACTIVE", "ARCHIVED", "DELETED"]));
    const accounts = [...firm.accounts.values()];
    for (const type of ["REVENUE", "SALES", "OTHERINCOME", "EXPENSE", "BANK"])
      expect(accounts.some((a) => a.Type === type)).toBe(true);
    expect(accounts.some((a) => a.Status === "ARCHIVED" && a.Type === "REVENUE")).toBe(true);
    const items = [...firm.items.values()];
    expect(items.some((i) => i.IsSold)).toBe(true);
    expect(items.some((i) => !i.IsSold)).toBe(true);
    expect(firm.currencies.map((c) => c.Code).sort()).toEqual(["EUR", "GBP", "USD"]);
    expect(firm.invoices.size).toBeGreaterThan(3);
  });

  it("gives client organisations 12 months of invoices, bills and bank transactions of varied monthly volume", () => {
    for (const tenantId of [DEMO_BAKERY_TENANT_ID, DEMO_DENTAL_TENANT_ID, DEMO_LANDSCAPING_TENANT_ID]) {
      const books = state.tenants.get(tenantId);
      if (!books) throw new Error(tenantId);
      const periods = activityPeriods(Date.parse(TEST_NOW)).slice(0, 12);
      const perMonth = (dates: number[]) =>
        periods.map((p) => dates.filter((d) => d >= p.start && d < p.end).length);
      const invoices = [...books.invoices.values()];
      const sales = perMonth(invoices.filter((i) => i.Type === "ACCREC").map((i) => i.Date));
      const bills = perMonth(invoices.filter((i) => i.Type === "ACCPAY").map((i) => i.Date));
      const bank = perMonth([...books.bankTransactions.values()].map((t) => t.Date));
      for (const counts of [sales, bills, bank]) {
        expect(counts.every((n) => n > 0)).toBe(true);
        expect(Math.max(...counts) / Math.min(...counts)).toBeGreaterThan(1.3);
      }
    }
  });

  it("keeps every seeded invoice's totals and payments consistent", () => {
    for (const books of state.tenants.values()) {
      for (const invoice of books.invoices.values()) {
        expect(invoice.SubTotal + invoice.TotalTax).toBe(invoice.Total);
        const lines = invoice.LineItems.reduce((sum, l) => sum + l.LineAmount, 0);
        expect(invoice.LineAmountTypes === "Inclusive" ? lines - invoice.TotalTax : lines).toBe(
          invoice.SubTotal,
        );
        if (invoice.Status === "PAID") expect(amountDue(invoice)).toBe(0);
        expect(amountDue(invoice)).toBeGreaterThanOrEqual(0);
        expect(invoice.UpdatedDateUTC).toBeLessThan(Date.parse(TEST_NOW));
      }
    }
  });
});
