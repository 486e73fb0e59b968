import { describe, expect, it } from "vitest";
import type { BillingSettings } from "../../../../shared/api/billing-settings.js";
import { describeTerms, SetupForm, setupFormValues } from "./setup-form.js";

const settings: BillingSettings = {
  accountingService: "none",
  numberPrefix: "INV-",
  nextNumber: 1,
  paymentTerms: { days: 14, from: "invoice_date" },
  defaultVatRateId: null,
  amountsAre: "exclusive",
  unitPriceDecimals: 2,
  baseCurrency: "EUR",
  firm: {
    legalName: "Ledger & Co OÜ",
    registryCode: null,
    vatNumber: null,
    address: "Narva mnt 5\n10117 Tallinn",
    bankAccount: null,
    email: null,
    phone: null,
  },
};

describe("the Setup tab's fields", () => {
  it("give back the settings they were filled from", () => {
    expect(SetupForm.parse(setupFormValues(settings))).toEqual(settings);
  });

  it("name a bad field as the server does, so its error lands on it", () => {
    const values = { ...setupFormValues(settings), "paymentTerms.days": "-3", "firm.email": "billing@" };
    const issues = SetupForm.safeParse(values).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual([
      ["paymentTerms.days", "Enter a whole number."],
      ["firm.email", "Enter an e-mail address, e.g. billing@firm.ee."],
    ]);
  });

  it("say the payment terms in words", () => {
    expect(describeTerms("14", "invoice_date")).toBe("Due 14 days after the invoice date");
    expect(describeTerms("1", "end_of_month")).toBe("Due 1 day after the end of the invoice's month");
    expect(describeTerms("0", "end_of_month")).toBe("Due at the end of the invoice's month");
    expect(describeTerms("x", "invoice_date")).toBe("");
  });
});
