import { describe, expect, it } from "vitest";
import { ProductForm, shortPrice } from "./product-form.js";

const filled = {
  code: " BK-S ",
  name: "Bookkeeping S",
  description: "",
  unit: "month",
  unitPrice: "149.5",
  vatRateId: "",
  resourceCodeId: "",
};

describe("the product dialog's fields", () => {
  it("sends empty fields as none and the price as the decimal text typed", () => {
    expect(ProductForm.parse(filled)).toEqual({
      code: "BK-S",
      name: "Bookkeeping S",
      description: null,
      unit: "month",
      unitPrice: "149.5",
      vatRateId: null,
      resourceCodeId: null,
    });
    expect(ProductForm.parse({ ...filled, unitPrice: " " }).unitPrice).toBeNull();
  });

  it("says what is wrong with a price, as the server would", () => {
    const messages = (unitPrice: string) =>
      ProductForm.safeParse({ ...filled, unitPrice }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(messages("149.12345")).toEqual([["unitPrice", "Use at most 4 decimals."]]);
    expect(messages("12,50")?.[0]?.[0]).toBe("unitPrice");
    expect(messages("9.8765")).toBeUndefined();
  });

  it("shows a saved price as a person would type it", () => {
    expect(shortPrice("120.0000")).toBe("120.00");
    expect(shortPrice("149.5000")).toBe("149.50");
    expect(shortPrice("9.8765")).toBe("9.8765");
  });
});
