import { z } from "zod";

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
    unitPrice: z.string().nullable().meta({ example: "120.0000" }),
    resourceCode: z.object({ id: z.uuid(), code: z.string() }).nullable(),
    vatRate: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    active: z.boolean(),
  })
  .meta({ id: "Product" });

export const Currency = z.object({ code: z.string(), description: z.string() }).meta({ id: "Currency" });

export type VatRate = z.infer<typeof VatRate>;
export type ResourceCode = z.infer<typeof ResourceCode>;
export type Product = z.infer<typeof Product>;
export type Currency = z.infer<typeof Currency>;
