import { z } from "zod";
import { CreateProductBody, type Product } from "../../../shared/api/billing.js";
import { decimalString } from "../../../shared/api/money-fields.js";

/** An empty field means "none": no price, no VAT rate, no resource code. */
const noneWhenEmpty = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v))
    .pipe(schema.nullable());

/**
 * The product dialog's fields as typed (all text), checked with the server's own rules and
 * messages; the price stays a decimal string, never a JavaScript number.
 */
export const ProductForm = CreateProductBody.extend({
  unitPrice: noneWhenEmpty(decimalString({ maxDecimals: 4 })),
  vatRateId: noneWhenEmpty(z.uuid({ message: "Choose a VAT rate." })),
  resourceCodeId: noneWhenEmpty(z.uuid({ message: "Choose a resource code." })),
});
export type ProductFormOutput = z.infer<typeof ProductForm>;

export function productFormValues(product: Product | null) {
  return {
    code: product?.code ?? "",
    name: product?.name ?? "",
    description: product?.description ?? "",
    unit: product?.unit ?? "",
    unitPrice: product?.unitPrice ? shortPrice(product.unitPrice) : "",
    vatRateId: product?.vatRate?.id ?? "",
    resourceCodeId: product?.resourceCode?.id ?? "",
  };
}

/** "120.0000" → "120.00", "9.8765" stays: what a person would type, exactly. */
export function shortPrice(value: string): string {
  const [whole, fraction = ""] = value.split(".");
  const kept = fraction.replace(/0+$/, "");
  return `${whole}.${kept.padEnd(2, "0")}`;
}

/** Units offered as suggestions; any other word can be typed. */
export const UNIT_SUGGESTIONS = ["pc", "h", "day", "month", "quarter", "year", "km"];
