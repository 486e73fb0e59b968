import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../../../../../xero-sandbox/src/sandbox.js";
import { DEMO_FIRM_TENANT_ID } from "../../../../../xero-sandbox/src/seed/fixed-ids.js";
import {
  type AccountingClient,
  accountingClient,
  rows,
  startTestSandbox,
} from "../../../../../xero-sandbox/src/testing/harness.js";
import { Decimal } from "../../../../shared/money/decimal.js";
import {
  type AmountsAre,
  computeInvoiceTotals,
  type InvoiceTotals,
  type UnitDp,
} from "../../../../shared/money/invoice-totals.js";
import {
  type RandomInvoice,
  type RandomTaxRate,
  randomInvoices,
} from "../../../../shared/money/testing/random-invoices.js";

/**
 * Totals parity: seeded random invoices computed by Kontor and PUT to the Xero sandbox, which
 * computes them on its own (two implementations of Xero's documented rules, neither importing
 * the other). Every line's LineAmount, TaxAmount and UnitAmount and every invoice's SubTotal,
 * TotalTax and Total must be equal.
 */

const SEED = 20260316;
const INVOICES = 1000;
const BATCH = 50; // Xero's most elements in one PUT

const LINE_AMOUNT_TYPES: Record<AmountsAre, string> = {
  exclusive: "Exclusive",
  inclusive: "Inclusive",
  none: "NoTax",
};

type Row = Record<string, unknown>;

/** TaxType → percent × 10,000, as the sandbox keeps rates. */
const OTHER_RATES = new Map([
  ["GST15", 150_000],
  ["GST10", 100_000],
  ["DOCS7685", 76_850],
  ["SALES8875", 88_750],
  ["VAT125", 125_000],
  ["VAT175", 175_000],
  ["TINY", 1],
]);

describe("Kontor's invoice totals equal Xero's", () => {
  let sandbox: Sandbox;
  let api: AccountingClient;
  let contactId: string;
  let accountCode: string;

  /** Every rate the organisation lets a sale use, as Xero reports it (a JSON number, e.g. 20). */
  async function revenueRates(): Promise<RandomTaxRate[]> {
    return rows((await api.get("/TaxRates")).body.TaxRates)
      .filter((r) => r.Status === "ACTIVE" && r.CanApplyToRevenue === true)
      .map((r) => ({ taxType: String(r.TaxType), rate: decimalOf(r.EffectiveRate).toString() }));
  }

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = accountingClient(sandbox, (await sandbox.connect()).access_token, DEMO_FIRM_TENANT_ID);
    const contacts = rows((await api.get("/Contacts")).body.Contacts);
    contactId = String(
      contacts.find((c) => c.ContactStatus === "ACTIVE" && c.IsCustomer !== false)?.ContactID,
    );
    const accounts = rows((await api.get("/Accounts")).body.Accounts);
    accountCode = String(accounts.find((a) => a.Class === "REVENUE" && a.Status === "ACTIVE")?.Code);
    expect([contactId, accountCode]).not.toContain("undefined");
  });
  afterAll(() => sandbox?.close());

  it(`on ${INVOICES} seeded random invoices with the organisation's rates, every line and total`, async () => {
    const taxRates = await revenueRates();
    expect(taxRates.map((r) => r.rate)).toEqual(expect.arrayContaining(["20", "5", "0"]));
    const invoices = randomInvoices(SEED, INVOICES, taxRates);
    expect([...new Set(invoices.map((i) => i.amountsAre))].sort()).toEqual([
      "exclusive",
      "inclusive",
      "none",
    ]);
    const { mismatches, lines } = await putAndCompare(invoices);
    expect({ count: mismatches.length, first: mismatches.slice(0, 20) }).toEqual({ count: 0, first: [] });
    expect(lines).toBeGreaterThan(INVOICES * 5);
  });

  it("on rates of other regions, with up to 4 decimals (Xero's example 7.685 %)", async () => {
    const books = sandbox.state.tenants.get(DEMO_FIRM_TENANT_ID)!;
    for (const [taxType, scaled4] of OTHER_RATES) {
      books.taxRates.set(taxType, {
        Name: `${taxType} (test)`,
        TaxType: taxType,
        Status: "ACTIVE",
        ReportTaxType: "OUTPUT",
        CanApplyToAssets: false,
        CanApplyToEquity: false,
        CanApplyToExpenses: false,
        CanApplyToLiabilities: false,
        CanApplyToRevenue: true,
        DisplayTaxRate: scaled4,
        EffectiveRate: scaled4,
        TaxComponents: [{ Name: "Tax", Rate: scaled4, IsCompound: false, IsNonRecoverable: false }],
      });
    }
    const taxRates = (await revenueRates()).filter((r) => OTHER_RATES.has(r.taxType));
    expect(taxRates.map((r) => r.rate).sort()).toEqual([
      "0.0001",
      "10",
      "12.5",
      "15",
      "17.5",
      "7.685",
      "8.875",
    ]);
    const { mismatches } = await putAndCompare(randomInvoices(SEED + 1, 300, taxRates));
    expect({ count: mismatches.length, first: mismatches.slice(0, 20) }).toEqual({ count: 0, first: [] });
  });

  async function putAndCompare(invoices: RandomInvoice[]) {
    const mismatches: string[] = [];
    let lines = 0;
    for (let start = 0; start < invoices.length; start += BATCH) {
      const unitDp: UnitDp = (start / BATCH) % 2 === 0 ? 2 : 4;
      const batch = invoices.slice(start, start + BATCH);
      const answer = await api.put<{ Invoices: Row[] }>(
        `/Invoices${unitDp === 4 ? "?unitdp=4" : ""}`,
        jsonWithNumbers({ Invoices: batch.map((invoice, i) => toXero(invoice, `parity-${start + i}`)) }),
      );
      expect(answer.status, answer.text.slice(0, 500)).toBe(200);
      answer.body.Invoices.forEach((xero, i) => {
        const invoice = batch[i]!;
        const kontor = computeInvoiceTotals({ ...invoice, unitDp });
        const name = `invoice ${start + i} (${invoice.amountsAre}, unitdp ${unitDp})`;
        lines += invoice.lines.length;
        mismatches.push(...differences(name, kontor, xero), ...breakdownProblems(name, kontor));
      });
    }
    return { mismatches, lines };
  }

  function toXero(invoice: RandomInvoice, reference: string): Row {
    return {
      Type: "ACCREC",
      Contact: { ContactID: contactId },
      Date: "2026-03-02",
      DueDate: "2026-03-16",
      Status: "DRAFT",
      Reference: reference,
      LineAmountTypes: LINE_AMOUNT_TYPES[invoice.amountsAre],
      LineItems: invoice.lines.map((line) => ({
        Description: "Parity",
        Quantity: new JsonNumber(line.quantity),
        UnitAmount: new JsonNumber(line.unitPrice),
        ...(line.discountRate ? { DiscountRate: new JsonNumber(line.discountRate) } : {}),
        AccountCode: accountCode,
        TaxType: line.taxType,
      })),
    };
  }
});

function differences(name: string, kontor: InvoiceTotals, xero: Row): string[] {
  const found: string[] = [];
  const compare = (field: string, ours: string, theirs: unknown) => {
    if (!Decimal.parse(ours).equals(decimalOf(theirs)))
      found.push(`${name} ${field}: Kontor ${ours}, Xero ${theirs}`);
  };
  compare("SubTotal", kontor.subTotal, xero.SubTotal);
  compare("TotalTax", kontor.totalTax, xero.TotalTax);
  compare("Total", kontor.total, xero.Total);
  const xeroLines = rows(xero.LineItems);
  if (xeroLines.length !== kontor.lines.length) found.push(`${name}: ${xeroLines.length} lines in Xero`);
  kontor.lines.forEach((line, i) => {
    compare(`line ${i + 1} UnitAmount`, line.unitPrice, xeroLines[i]?.UnitAmount);
    compare(`line ${i + 1} LineAmount`, line.lineAmount, xeroLines[i]?.LineAmount);
    compare(`line ${i + 1} TaxAmount`, line.taxAmount, xeroLines[i]?.TaxAmount);
  });
  return found;
}

/** Kontor's own consistency: the VAT breakdown adds up to the totals. */
function breakdownProblems(name: string, totals: InvoiceTotals): string[] {
  if (totals.taxByRate.length === 0) return [];
  const net = Decimal.sum(totals.taxByRate.map((r) => Decimal.parse(r.net)));
  const tax = Decimal.sum(totals.taxByRate.map((r) => Decimal.parse(r.tax)));
  return net.equals(Decimal.parse(totals.subTotal)) && tax.equals(Decimal.parse(totals.totalTax))
    ? []
    : [`${name}: breakdown ${net}/${tax}, totals ${totals.subTotal}/${totals.totalTax}`];
}

/**
 * A number from Xero's JSON. JSON.parse made it a double; the shortest text of a double with
 * at most 15 significant digits is the decimal Xero wrote, so String() recovers it exactly.
 */
function decimalOf(value: unknown): Decimal {
  if (typeof value !== "number")
    throw new TypeError(`Xero sent ${JSON.stringify(value)} where a number was expected`);
  return Decimal.parse(String(value));
}

/** A decimal string written into JSON as a number literal, untouched by any float. */
class JsonNumber {
  constructor(readonly text: string) {}
  toJSON(): string {
    return `\u0000${this.text}\u0000`;
  }
}

function jsonWithNumbers(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0000(-?[\d.]+)\\u0000"/g, "$1");
}
