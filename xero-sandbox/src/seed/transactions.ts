import { saveInvoice } from "../accounting/invoice-input.js";
import type { LineAmountType } from "../accounting/invoice-totals.js";
import {
  amountDue,
  type Books,
  type ContactRecord,
  type InvoiceRecord,
  type InvoiceStatus,
} from "../accounting/records.js";
import { DAY_MS } from "../accounting/xero-date.js";
import type { Prng } from "../prng.js";
import { buildSeedInvoice, buildSeedLines, type LineSpec } from "./builders.js";

/**
 * Twelve months of sales invoices, bills and bank transactions (plus the current month so
 * far), with monthly volumes that vary by season and by chance, statuses that depend on age,
 * and payments behind every paid invoice.
 */

export interface ActivityProfile {
  salesPerMonth: number;
  billsPerMonth: number;
  bankPerMonth: number;
  /** Relative volume by calendar month (index 0 = January). */
  season: readonly number[];
  salesLines: readonly LineSpec[];
  billLines: readonly LineSpec[];
  lineAmountTypes: LineAmountType;
}

export interface Period {
  start: number;
  end: number;
}

/** The 12 whole months before the anchor's month, then the anchor's month up to the anchor's day. */
export function activityPeriods(anchor: number): Period[] {
  const d = new Date(anchor);
  const periods: Period[] = [];
  for (let k = 12; k >= 0; k--) {
    const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - k, 1);
    const monthEnd = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - k + 1, 1);
    const end = Math.min(monthEnd, Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    if (end > start) periods.push({ start, end });
  }
  return periods;
}

function dayIn(prng: Prng, period: Period): number {
  const days = Math.max(1, Math.round((period.end - period.start) / DAY_MS));
  return period.start + prng.int(0, days - 1) * DAY_MS;
}

function volume(prng: Prng, base: number, season: readonly number[], period: Period): number {
  const factor = season[new Date(period.start).getUTCMonth()] ?? 1;
  const share = (period.end - period.start) / (30 * DAY_MS);
  return Math.max(0, Math.round(base * factor * Math.min(1, share) * (0.7 + prng.next() * 0.6)));
}

function statusForAge(prng: Prng, ageDays: number): InvoiceStatus {
  const r = prng.next();
  if (ageDays > 45) return r < 0.85 ? "PAID" : r < 0.9 ? "VOIDED" : "AUTHORISED";
  if (ageDays > 14) return r < 0.55 ? "PAID" : r < 0.92 ? "AUTHORISED" : "DRAFT";
  return r < 0.2 ? "PAID" : r < 0.75 ? "AUTHORISED" : r < 0.9 ? "DRAFT" : "SUBMITTED";
}

function pickLines(prng: Prng, templates: readonly LineSpec[]): LineSpec[] {
  const count = prng.int(1, Math.min(4, templates.length));
  const lines: LineSpec[] = [];
  for (let i = 0; i < count; i++) {
    const t = prng.pick(templates);
    const quantity =
      t.quantity === 1 ? prng.int(1, 3) : Math.round(t.quantity * (0.5 + prng.next()) * 2) / 2 || 1;
    lines.push({ ...t, quantity, discountRate: prng.chance(0.08) ? prng.pick([5, 10, 12.5]) : undefined });
  }
  return lines;
}

/** Records payments for a paid or part-paid invoice, dated after its date and before the anchor. */
function settle(books: Books, prng: Prng, invoice: InvoiceRecord, anchor: number, partial: boolean): void {
  const bank = [...books.accounts.values()].find((a) => a.Type === "BANK");
  if (!bank) return;
  const lastDay = Math.max(invoice.Date, anchor - DAY_MS);
  const paidOn = Math.min(lastDay, invoice.Date + prng.int(3, 40) * DAY_MS);
  const amount = partial ? Math.round(invoice.Total * (0.2 + prng.next() * 0.5)) : amountDue(invoice);
  if (amount <= 0) return;
  const id = prng.uuid();
  books.payments.set(id, {
    PaymentID: id,
    InvoiceID: invoice.InvoiceID,
    AccountID: bank.AccountID,
    Date: paidOn,
    Amount: amount,
    Reference: partial ? "Part payment" : undefined,
    IsReconciled: true,
    Status: "AUTHORISED",
    PaymentType: invoice.Type === "ACCREC" ? "ACCRECPAYMENT" : "ACCPAYPAYMENT",
    UpdatedDateUTC: Math.min(anchor - 60_000, paidOn + 10 * 3_600_000),
  });
  invoice.PaymentIDs.push(id);
  invoice.AmountPaid += amount;
  if (!partial) {
    invoice.Status = "PAID";
    invoice.FullyPaidOnDate = paidOn;
  }
  invoice.UpdatedDateUTC = Math.max(
    invoice.UpdatedDateUTC,
    Math.min(anchor - 60_000, paidOn + 10 * 3_600_000),
  );
}

export function seedInvoices(
  books: Books,
  prng: Prng,
  input: {
    anchor: number;
    customers: readonly ContactRecord[];
    suppliers: readonly ContactRecord[];
    profile: ActivityProfile;
    count?: number;
  },
): void {
  const { anchor, profile } = input;
  const customers = input.customers.filter((c) => c.ContactStatus === "ACTIVE");
  const periods = activityPeriods(anchor);
  const plan: Array<{ type: "ACCREC" | "ACCPAY"; date: number }> = [];
  for (const period of periods) {
    const sales = input.count === undefined ? volume(prng, profile.salesPerMonth, profile.season, period) : 0;
    for (let i = 0; i < sales; i++) plan.push({ type: "ACCREC", date: dayIn(prng, period) });
    const bills =
      input.suppliers.length > 0 ? volume(prng, profile.billsPerMonth, profile.season, period) : 0;
    for (let i = 0; i < (input.count === undefined ? bills : 0); i++)
      plan.push({ type: "ACCPAY", date: dayIn(prng, period) });
  }
  for (let i = 0; i < (input.count ?? 0); i++) {
    plan.push({ type: "ACCREC", date: dayIn(prng, prng.pick(periods)) });
  }
  plan.sort((a, b) => a.date - b.date);
  for (const entry of plan) {
    const sale = entry.type === "ACCREC";
    const pool = sale ? customers : input.suppliers;
    if (pool.length === 0) continue;
    const contact = prng.pick(pool);
    const ageDays = Math.floor((anchor - entry.date) / DAY_MS);
    const status = statusForAge(prng, ageDays);
    const number = sale
      ? `INV-${String(books.nextInvoiceNumber++).padStart(4, "0")}`
      : `${contact.Name.slice(0, 3).toUpperCase()}-${prng.int(10000, 99999)}`;
    const invoice = buildSeedInvoice(books, prng, {
      type: entry.type,
      contactId: contact.ContactID,
      number,
      reference: sale && prng.chance(0.4) ? `PO ${prng.int(1000, 9999)}` : undefined,
      date: entry.date,
      dueDate: entry.date + (sale ? 14 : 30) * DAY_MS,
      status: status === "PAID" ? "AUTHORISED" : status,
      lineAmountTypes: profile.lineAmountTypes,
      currency: sale ? contact.DefaultCurrency : undefined,
      lines: pickLines(prng, sale ? profile.salesLines : profile.billLines),
      updatedAt: Math.min(anchor - 60_000, entry.date + prng.int(1, 20) * 3_600_000),
    });
    saveInvoice(books, invoice);
    if (status === "PAID") settle(books, prng, invoice, anchor, false);
    else if (status === "AUTHORISED" && prng.chance(0.15)) settle(books, prng, invoice, anchor, true);
    if (sale) contact.IsCustomer = true;
    else contact.IsSupplier = true;
  }
}

export function seedBankTransactions(
  books: Books,
  prng: Prng,
  input: {
    anchor: number;
    customers: readonly ContactRecord[];
    suppliers: readonly ContactRecord[];
    profile: ActivityProfile;
  },
): void {
  const bank = [...books.accounts.values()].find((a) => a.Type === "BANK");
  const contacts = [...input.customers.filter((c) => c.ContactStatus === "ACTIVE"), ...input.suppliers];
  if (!bank || contacts.length === 0) return;
  for (const period of activityPeriods(input.anchor)) {
    const count = volume(prng, input.profile.bankPerMonth, input.profile.season, period);
    for (let i = 0; i < count; i++) {
      const receive = prng.chance(0.45);
      const template = prng.pick(receive ? input.profile.salesLines : input.profile.billLines);
      const built = buildSeedLines(
        books,
        prng,
        [{ ...template, quantity: 1 }],
        input.profile.lineAmountTypes,
      );
      const date = dayIn(prng, period);
      const id = prng.uuid();
      const contact = prng.pick(contacts);
      books.bankTransactions.set(id, {
        BankTransactionID: id,
        Type: receive ? "RECEIVE" : "SPEND",
        ContactID: contact.ContactID,
        BankAccountID: bank.AccountID,
        LineItems: built.lines,
        IsReconciled: prng.chance(0.9),
        Date: date,
        Reference: prng.chance(0.5) ? `Card ${prng.int(1000, 9999)}` : undefined,
        CurrencyCode: "GBP",
        Status: prng.chance(0.03) ? "DELETED" : "AUTHORISED",
        LineAmountTypes: input.profile.lineAmountTypes,
        SubTotal: built.subTotal,
        TotalTax: built.totalTax,
        Total: built.total,
        UpdatedDateUTC: Math.min(input.anchor - 60_000, date + prng.int(1, 48) * 3_600_000),
      });
    }
  }
}

export function seedCreditNotes(
  books: Books,
  prng: Prng,
  input: { anchor: number; profile: ActivityProfile },
): void {
  let number = 1;
  const sales = [...books.invoices.values()].filter((i) => i.Type === "ACCREC" && i.Status === "PAID");
  for (let q = 0; q < 4 && sales.length > 0; q++) {
    const invoice = prng.pick(sales);
    const template = prng.pick(input.profile.salesLines);
    const built = buildSeedLines(
      books,
      prng,
      [{ ...template, quantity: 1, description: `Credit: ${template.description}` }],
      input.profile.lineAmountTypes,
    );
    const id = prng.uuid();
    const date = Math.min(input.anchor - DAY_MS, invoice.Date + prng.int(5, 30) * DAY_MS);
    books.creditNotes.set(id, {
      CreditNoteID: id,
      CreditNoteNumber: `CN-${String(number++).padStart(4, "0")}`,
      Type: "ACCRECCREDIT",
      ContactID: invoice.ContactID,
      Date: date,
      Status: q % 2 === 0 ? "PAID" : "AUTHORISED",
      LineAmountTypes: input.profile.lineAmountTypes,
      LineItems: built.lines,
      SubTotal: built.subTotal,
      TotalTax: built.totalTax,
      Total: built.total,
      RemainingCredit: q % 2 === 0 ? 0 : built.total,
      CurrencyCode: "GBP",
      Reference: invoice.InvoiceNumber,
      FullyPaidOnDate: q % 2 === 0 ? date : undefined,
      UpdatedDateUTC: Math.min(input.anchor - 60_000, date + 3_600_000),
    });
  }
}
