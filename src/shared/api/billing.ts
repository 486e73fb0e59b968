import { z } from "zod";
import { decimalString } from "./money-fields.js";

export const VatRate = z
  .object({
    id: z.uuid(),
    name: z.string(),
    rate: z.string().meta({ description: "Percent, as a decimal string.", example: "20.0000" }),
    taxType: z.string().nullable().meta({ description: "The accounting system's code (Xero TaxType)." }),
    active: z.boolean(),
    readOnly: z
      .boolean()
      .meta({ description: "Imported from the accounting system; changed only by importing." }),
  })
  .meta({ id: "VatRate" });

export const ResourceCode = z
  .object({ id: z.uuid(), code: z.string(), name: z.string(), active: z.boolean() })
  .meta({ id: "ResourceCode" });

export const Product = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    unit: z.string().nullable().meta({ description: "How it is counted: pc, h, month…", example: "h" }),
    unitPrice: z.string().nullable().meta({ example: "120.0000" }),
    resourceCode: z.object({ id: z.uuid(), code: z.string() }).nullable(),
    vatRate: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    active: z.boolean(),
    xero: z
      .object({ itemId: z.string().meta({ description: "The Xero ItemID it was imported from." }) })
      .nullable()
      .meta({
        description: "The product's link to its Xero item; imported fields change at the next import.",
      }),
  })
  .meta({ id: "Product" });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((v) => (v === "" ? null : v))
    .nullable();

const productFields = {
  code: z
    .string()
    .trim()
    .min(1, "Enter a product code.")
    .max(30, "A product code has at most 30 characters (Xero's limit)."),
  name: z.string().trim().min(1, "Name the product.").max(200, "Use at most 200 characters."),
  description: optionalText(4000),
  unit: optionalText(20).meta({ example: "h" }),
  unitPrice: decimalString({ maxDecimals: 4, example: "120.00" }).nullable(),
  vatRateId: z.uuid({ message: "Choose a VAT rate." }).nullable(),
  resourceCodeId: z.uuid({ message: "Choose a resource code." }).nullable(),
};

export const CreateProductBody = z
  .object(productFields)
  .partial()
  .required({ code: true, name: true })
  .strict()
  .meta({ id: "CreateProductBody" });
export type CreateProductBody = z.infer<typeof CreateProductBody>;

export const UpdateProductBody = z
  .object({
    ...productFields,
    active: z.boolean().meta({ description: "false archives the product, true restores it." }),
  })
  .partial()
  .strict()
  .meta({ id: "UpdateProductBody" });
export type UpdateProductBody = z.infer<typeof UpdateProductBody>;

export const DeletedProduct = z
  .object({
    outcome: z.enum(["deleted", "archived"]).meta({
      description: "`archived`: the product is on invoices (or imported), so it is kept, inactive.",
    }),
    message: z.string(),
  })
  .meta({ id: "DeletedProduct" });
export type DeletedProduct = z.infer<typeof DeletedProduct>;

export const Currency = z.object({ code: z.string(), description: z.string() }).meta({ id: "Currency" });

export type VatRate = z.infer<typeof VatRate>;
export type ResourceCode = z.infer<typeof ResourceCode>;
export type Product = z.infer<typeof Product>;
export type Currency = z.infer<typeof Currency>;
