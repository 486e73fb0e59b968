import { describe, expect, it } from "vitest";
import type { ContractLine } from "../../../../shared/api/contracts.js";
import {
  type ContractDraft,
  checkContract,
  checkTemplate,
  draftLines,
  editorErrors,
  emptyContractLine,
  formProblem,
  linesSummary,
  monthLabel,
  monthOf,
  periodLabel,
  priceLabel,
  stillWrong,
  whoseContracts,
} from "./contract-form.js";

const PRODUCT = "0b6f2a52-8f4e-4a57-9a53-3f4f0a3b1c11";
const LINE_ID = "5d2c9a8e-1b7f-4c3a-8e2d-6a1b9c0d2e33";

function draft(overrides: Partial<ContractDraft> = {}): ContractDraft {
  return {
    billingDay: "5",
    lines: [{ ...emptyContractLine("2026-01"), productId: PRODUCT, unitPrice: "149.5" }],
    ...overrides,
  };
}

describe("a contract as typed", () => {
  it("is sent with the billing day as a number, prices as the text typed, and blanks as none", () => {
    const lines = [
      emptyContractLine("2026-01"),
      {
        ...emptyContractLine("2026-01"),
        productId: PRODUCT,
        quantity: " 2.5 ",
        frequency: "quarterly" as const,
      },
    ];
    const checked = checkContract(draft({ billingDay: " 28 ", lines }));
    expect(checked.errors).toBeUndefined();
    expect(checked.body).toEqual({
      billingDay: 28,
      lines: [
        {
          productId: PRODUCT,
          description: null,
          quantity: "2.5",
          unitPrice: null,
          frequency: "quarterly",
          startMonth: "2026-01",
          endMonth: null,
        },
      ],
    });
    // The blank first line is left out: the API's line 0 is the editor's line 1.
    expect(checked.index).toEqual([1]);
  });

  it("keeps a saved line's id, so its billed periods stay billed", () => {
    const saved: ContractLine = {
      id: LINE_ID,
      product: { id: PRODUCT, code: "BK-S", name: "Bookkeeping S", unitPrice: "149.0000" },
      description: "Monthly bookkeeping",
      quantity: "1",
      unitPrice: "120.5000",
      frequency: "yearly",
      startMonth: "2026-02",
      endMonth: "2026-12",
    };
    const [line] = draftLines([saved]);
    expect(line).toMatchObject({ id: LINE_ID, unitPrice: "120.50", endMonth: "2026-12" });
    expect(checkContract(draft({ lines: [line!] })).body?.lines[0]).toMatchObject({
      id: LINE_ID,
      description: "Monthly bookkeeping",
      unitPrice: "120.50",
    });
  });

  it("says what is wrong, by the editor's line numbers, in the server's words", () => {
    const bad = {
      ...emptyContractLine("2026-03"),
      productId: PRODUCT,
      quantity: "0",
      unitPrice: "1.23456",
      endMonth: "2026-02",
    };
    const noProduct = { ...emptyContractLine("2026-01"), description: "Advice", startMonth: "2026-13" };
    const checked = checkContract(
      draft({ billingDay: "32", lines: [emptyContractLine("2026-01"), bad, noProduct] }),
    );
    expect(checked.errors).toEqual({
      billingDay: "Use a day from 1 to 31.",
      "1.quantity": "Use a number above 0.",
      "1.unitPrice": expect.stringMatching(/4 decimals/),
      "1.endMonth": "The end month is before the start month.",
      "2.productId": "Choose a product.",
      "2.startMonth": "Use a month as YYYY-MM.",
    });
    expect(checkContract(draft({ billingDay: "" })).errors).toEqual({
      billingDay: "Use a day from 1 to 31.",
    });
  });

  it("maps the server's field errors to the editor's lines", () => {
    expect(
      editorErrors(
        { "lines.0.unitPrice": "The product BK-S has no price: enter a unit price.", billingDay: "x" },
        [2],
      ),
    ).toEqual({ "2.unitPrice": "The product BK-S has no price: enter a unit price.", billingDay: "x" });
  });
});

describe("a template as typed", () => {
  it("needs a name", () => {
    expect(checkTemplate(draft({ name: " " })).errors).toEqual({ name: "Name the template." });
    expect(checkTemplate(draft({ name: " Bookkeeping S " })).body).toMatchObject({
      name: "Bookkeeping S",
      billingDay: 5,
    });
  });
});

describe("words for months and lines", () => {
  it("names months and periods as people read them", () => {
    expect(monthOf(new Date(2026, 11, 31))).toBe("2026-12");
    expect(monthLabel("2026-01")).toBe("Jan 2026");
    expect(periodLabel({ startMonth: "2026-01", endMonth: null })).toBe("From Jan 2026");
    expect(periodLabel({ startMonth: "2026-01", endMonth: "2026-06" })).toBe("Jan 2026 – Jun 2026");
  });

  it("sums up a template's lines", () => {
    const line = (code: string, frequency: ContractLine["frequency"]): ContractLine => ({
      id: LINE_ID,
      product: { id: PRODUCT, code, name: code, unitPrice: null },
      description: null,
      quantity: "1",
      unitPrice: "1.00",
      frequency,
      startMonth: "2026-01",
      endMonth: null,
    });
    expect(linesSummary([])).toBe("No lines");
    expect(linesSummary([line("BK-S", "monthly"), line("PAYROLL", "quarterly")])).toBe(
      "BK-S monthly, PAYROLL quarterly",
    );
  });
});

describe("prices as shown", () => {
  it("groups thousands and keeps the decimals given, without a float", () => {
    expect(priceLabel("1234.5000")).toBe("1,234.50");
    expect(priceLabel("9999999999.9876")).toBe("9,999,999,999.9876");
  });
});

describe("a failed save's message above the buttons", () => {
  it("spells out what no field shows, and stays quiet when the fields say it", () => {
    expect(formProblem({ lines: "At most 100 lines." }, "Some fields need attention.", true)).toBe(
      "At most 100 lines.",
    );
    expect(
      formProblem({ "1.unitPrice": "Use at most 4 decimals." }, "Some fields need attention.", true),
    ).toBeNull();
    expect(
      formProblem(
        { name: "A template named X exists already." },
        "A template named X exists already.",
        false,
      ),
    ).toBeNull();
    expect(formProblem({}, "Kontor could not be reached.", false)).toBe("Kontor could not be reached.");
  });
});

describe("whose contracts an apply replaces", () => {
  it("names up to three clients, and counts more", () => {
    expect(whoseContracts(["Birch OÜ"], 1)).toBe("Birch OÜ");
    expect(whoseContracts(["Birch OÜ", "Cedar OÜ"], 2)).toBe("Birch OÜ and Cedar OÜ");
    expect(whoseContracts(["A", "B", "C"], 3)).toBe("A, B and C");
    expect(whoseContracts(["A", "B", "C", "D"], 4)).toBe("4 clients");
    expect(whoseContracts([], 120)).toBe("120 clients");
  });
});

describe("errors as the user fixes them", () => {
  it("drops a field's error once it is changed, and every line's when lines come or go", () => {
    const before = draft();
    const errors = {
      billingDay: "Use a day from 1 to 31.",
      "0.quantity": "Use a number above 0.",
      "0.unitPrice": "x",
    };
    const typed = { ...before, lines: [{ ...before.lines[0]!, quantity: "2" }] };
    expect(stillWrong(errors, before, typed)).toEqual({
      billingDay: "Use a day from 1 to 31.",
      "0.unitPrice": "x",
    });
    expect(stillWrong(errors, before, { ...before, billingDay: "3" })).toEqual({
      "0.quantity": "Use a number above 0.",
      "0.unitPrice": "x",
    });
    const added = { ...before, lines: [...before.lines, emptyContractLine("2026-01")] };
    expect(stillWrong(errors, before, added)).toEqual({ billingDay: "Use a day from 1 to 31." });
  });
});
