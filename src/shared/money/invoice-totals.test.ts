import { describe, expect, it } from "vitest";
import {
  type AmountsAre,
  computeInvoiceTotals,
  InvoiceTotalsError,
  type LineProblem,
  type UnitDp,
} from "./invoice-totals.js";

/** [quantity, unitPrice, discountRate | null, taxRate] */
type Line = [string, string, string | null, string];

interface Case {
  name: string;
  amountsAre: AmountsAre;
  unitDp?: UnitDp;
  lines: Line[];
  /** [lineAmount, taxAmount] per line */
  expected: Array<[string, string]>;
  subTotal: string;
  totalTax: string;
  total: string;
}

const cases: Case[] = [
  {
    name: "Xero's own example: tax per line rounded, then summed (11.44, not 15 % of 76.30 = 11.45)",
    amountsAre: "exclusive",
    lines: [
      ["1", "25.06", null, "15"],
      ["1", "25.61", null, "15"],
      ["1", "25.63", null, "15"],
    ],
    expected: [
      ["25.06", "3.76"],
      ["25.61", "3.84"],
      ["25.63", "3.84"],
    ],
    subTotal: "76.30",
    totalTax: "11.44",
    total: "87.74",
  },
  {
    name: "half-cent taxes round up on every line (Xero: 4.545 → 4.55, total 9.10)",
    amountsAre: "exclusive",
    lines: [
      ["1", "45.45", null, "10"],
      ["1", "45.45", null, "10"],
    ],
    expected: [
      ["45.45", "4.55"],
      ["45.45", "4.55"],
    ],
    subTotal: "90.90",
    totalTax: "9.10",
    total: "100.00",
  },
  {
    name: "a 4-decimal tax rate (Xero: 10.00 at 7.685 % → 0.77)",
    amountsAre: "exclusive",
    lines: [["1", "10.00", null, "7.685"]],
    expected: [["10.00", "0.77"]],
    subTotal: "10.00",
    totalTax: "0.77",
    total: "10.77",
  },
  {
    name: "half-cent line amounts round up before the tax is taken",
    amountsAre: "exclusive",
    lines: [
      ["0.5", "0.25", null, "20"],
      ["1.5", "0.03", null, "20"],
      ["0.0001", "49.99", null, "20"],
    ],
    expected: [
      ["0.13", "0.03"],
      ["0.05", "0.01"],
      ["0.00", "0.00"],
    ],
    subTotal: "0.18",
    totalTax: "0.04",
    total: "0.22",
  },
  {
    name: "a discount is taken before rounding the line (3 × 33.33 less 12.5 % = 87.49125)",
    amountsAre: "exclusive",
    lines: [
      ["3", "33.33", "12.5", "20"],
      ["10", "19.99", "12.5", "5"],
      ["2", "50", "100", "20"],
      ["1", "10", "0", "20"],
    ],
    expected: [
      ["87.49", "17.50"],
      ["174.91", "8.75"],
      ["0.00", "0.00"],
      ["10.00", "2.00"],
    ],
    subTotal: "272.40",
    totalTax: "28.25",
    total: "300.65",
  },
  {
    name: "4-decimal unit prices kept when the company uses 4 (3 × 0.3333 = 0.9999 → 1.00)",
    amountsAre: "exclusive",
    unitDp: 4,
    lines: [
      ["3", "0.3333", null, "20"],
      ["1000", "0.0612", null, "20"],
      ["2.5", "1.005", "10", "5"],
    ],
    expected: [
      ["1.00", "0.20"],
      ["61.20", "12.24"],
      ["2.26", "0.11"],
    ],
    subTotal: "64.46",
    totalTax: "12.55",
    total: "77.01",
  },
  {
    name: "the same prices rounded to 2 decimals first when the company uses 2",
    amountsAre: "exclusive",
    unitDp: 2,
    lines: [
      ["3", "0.3333", null, "20"],
      ["1000", "0.0612", null, "20"],
      ["2.5", "1.005", "10", "5"],
    ],
    expected: [
      ["0.99", "0.20"],
      ["60.00", "12.00"],
      ["2.27", "0.11"],
    ],
    subTotal: "63.26",
    totalTax: "12.31",
    total: "75.57",
  },
  {
    name: "inclusive VAT is taken out of each line (29.97 × 20/120 = 4.995 → 5.00); SubTotal excludes it",
    amountsAre: "inclusive",
    lines: [["3", "9.99", null, "20"]],
    expected: [["29.97", "5.00"]],
    subTotal: "24.97",
    totalTax: "5.00",
    total: "29.97",
  },
  {
    name: "inclusive VAT rounded per line (3 × 1.67, not 1/6 of 30.00 = 5.00)",
    amountsAre: "inclusive",
    lines: [
      ["1", "10", null, "20"],
      ["1", "10", null, "20"],
      ["1", "10", null, "20"],
      ["1", "100", "12.5", "5"],
      ["1", "100", null, "0"],
    ],
    expected: [
      ["10.00", "1.67"],
      ["10.00", "1.67"],
      ["10.00", "1.67"],
      ["87.50", "4.17"],
      ["100.00", "0.00"],
    ],
    subTotal: "208.32",
    totalTax: "9.18",
    total: "217.50",
  },
  {
    name: "no tax: rates are ignored",
    amountsAre: "none",
    lines: [
      ["2", "50", null, "20"],
      ["1.25", "3.99", "10", "5"],
    ],
    expected: [
      ["100.00", "0.00"],
      ["4.49", "0.00"],
    ],
    subTotal: "104.49",
    totalTax: "0.00",
    total: "104.49",
  },
  {
    name: "negative lines round half away from zero too",
    amountsAre: "exclusive",
    unitDp: 4,
    lines: [
      ["-1", "0.125", null, "20"],
      ["1", "-10.005", null, "20"],
      ["1", "20", null, "20"],
    ],
    expected: [
      ["-0.13", "-0.03"],
      ["-10.01", "-2.00"],
      ["20.00", "4.00"],
    ],
    subTotal: "9.86",
    totalTax: "1.97",
    total: "11.83",
  },
  {
    name: "billions stay exact",
    amountsAre: "exclusive",
    unitDp: 4,
    lines: [
      ["1234.5678", "9876543.2109", "2.5", "20"],
      ["1", "999999999999.99", null, "17.5"],
    ],
    expected: [
      ["11888430667.90", "2377686133.58"],
      ["999999999999.99", "175000000000.00"],
    ],
    subTotal: "1011888430667.89",
    totalTax: "177377686133.58",
    total: "1189266116801.47",
  },
];

describe("invoice totals as Xero computes them", () => {
  it.each(cases)("$name", (c) => {
    const totals = computeInvoiceTotals({
      amountsAre: c.amountsAre,
      unitDp: c.unitDp,
      lines: c.lines.map(([quantity, unitPrice, discountRate, taxRate]) => ({
        quantity,
        unitPrice,
        discountRate,
        taxRate,
      })),
    });
    expect(totals.lines.map((l) => [l.lineAmount, l.taxAmount])).toEqual(c.expected);
    expect({ subTotal: totals.subTotal, totalTax: totals.totalTax, total: totals.total }).toEqual({
      subTotal: c.subTotal,
      totalTax: c.totalTax,
      total: c.total,
    });
  });

  it("gives the unit price used with the company's decimals", () => {
    const lines = [{ quantity: "1", unitPrice: "2.345", taxRate: "0" }];
    expect(computeInvoiceTotals({ amountsAre: "exclusive", lines }).lines[0]?.unitPrice).toBe("2.35");
    expect(computeInvoiceTotals({ amountsAre: "exclusive", unitDp: 4, lines }).lines[0]?.unitPrice).toBe(
      "2.3450",
    );
  });

  it("breaks the tax down by rate, net of tax, in order of first use", () => {
    const totals = computeInvoiceTotals({
      amountsAre: "inclusive",
      lines: [
        { quantity: "1", unitPrice: "12", taxRate: "20", taxRateId: "std" },
        { quantity: "1", unitPrice: "10.50", taxRate: "5", taxRateId: "reduced" },
        { quantity: "2", unitPrice: "6", taxRate: "20.0000", taxRateId: "std" },
        { quantity: "1", unitPrice: "7", taxRate: "0", taxRateId: "zero" },
        { quantity: "1", unitPrice: "3", taxRate: "0", taxRateId: "exempt" },
      ],
    });
    expect(totals.taxByRate).toEqual([
      { taxRateId: "std", rate: "20", net: "20.00", tax: "4.00" },
      { taxRateId: "reduced", rate: "5", net: "10.00", tax: "0.50" },
      { taxRateId: "zero", rate: "0", net: "7.00", tax: "0.00" },
      { taxRateId: "exempt", rate: "0", net: "3.00", tax: "0.00" },
    ]);
    expect(totals).toMatchObject({ subTotal: "40.00", totalTax: "4.50", total: "44.50" });
  });

  it("groups lines without a rate id by their rate, and has no breakdown without tax", () => {
    const lines = [
      { quantity: "1", unitPrice: "10", taxRate: "17.5" },
      { quantity: "1", unitPrice: "10", taxRate: "17.50" },
    ];
    expect(computeInvoiceTotals({ amountsAre: "exclusive", lines }).taxByRate).toEqual([
      { taxRateId: null, rate: "17.5", net: "20.00", tax: "3.50" },
    ]);
    expect(computeInvoiceTotals({ amountsAre: "none", lines }).taxByRate).toEqual([]);
  });

  it("has zero totals without lines", () => {
    expect(computeInvoiceTotals({ amountsAre: "exclusive", lines: [] })).toEqual({
      lines: [],
      subTotal: "0.00",
      totalTax: "0.00",
      total: "0.00",
      taxByRate: [],
    });
  });

  it("names every field that is not a valid number, by line", () => {
    let problems: LineProblem[] = [];
    try {
      computeInvoiceTotals({
        amountsAre: "exclusive",
        lines: [
          { quantity: "1,5", unitPrice: "10", taxRate: "20" },
          { quantity: "1", unitPrice: "1.23456", discountRate: "120", taxRate: "-5" },
          { quantity: "1.00001", unitPrice: "1e3", discountRate: "2.555", taxRate: "20.00001" },
        ],
      });
    } catch (error) {
      expect(error).toBeInstanceOf(InvoiceTotalsError);
      problems = (error as InvoiceTotalsError).problems;
    }
    expect(problems).toEqual([
      { line: 0, field: "quantity", message: expect.stringContaining('use "." for decimals') },
      { line: 1, field: "unitPrice", message: "Use at most 4 decimals." },
      { line: 1, field: "discountRate", message: "A discount is between 0 and 100 %." },
      { line: 1, field: "taxRate", message: "A tax rate cannot be negative." },
      { line: 2, field: "quantity", message: "Use at most 4 decimals." },
      { line: 2, field: "unitPrice", message: expect.stringContaining("not a plain number") },
      { line: 2, field: "discountRate", message: "Use at most 2 decimals." },
      { line: 2, field: "taxRate", message: "Use at most 4 decimals." },
    ]);
  });
});
