import { z } from "zod";
import { xeroDate } from "../xero-date.js";
import { xeroCode, xeroId, xeroText } from "./text.js";

/** Far longer than Xero lets anyone type: longer text is not a name but a broken answer. */
const NAME_MAX = 500;
const DESCRIPTION_MAX = 4000;
/** The largest price Kontor holds (numeric(18,4)). */
const PRICE_LIMIT = 1e14;

const name = xeroText.pipe(z.string().max(NAME_MAX));

/** A percentage, as Xero's EffectiveRate and DisplayTaxRate are. */
const percentage = z.number().superRefine((rate, ctx) => {
  if (rate < 0 || rate > 100)
    ctx.addIssue({
      code: "custom",
      message: `Its rate in Xero (${rate}) is not a percentage from 0 to 100.`,
      params: { forUser: true },
    });
});

export const XeroTaxRate = z.object({
  Name: name,
  TaxType: xeroId,
  Status: z.string().nullish(),
  EffectiveRate: percentage.nullish(),
  DisplayTaxRate: percentage.nullish(),
  CanApplyToRevenue: z.boolean().nullish(),
});
export type XeroTaxRate = z.infer<typeof XeroTaxRate>;

export const XeroAccount = z.object({
  AccountID: xeroId,
  Code: xeroCode.nullish(),
  Name: name,
  Type: z.string().nullish(),
  Class: z.string().nullish(),
  Status: z.string().nullish(),
  TaxType: z.string().nullish(),
});
export type XeroAccount = z.infer<typeof XeroAccount>;

export const XeroItem = z.object({
  ItemID: xeroId,
  Code: xeroCode,
  Name: name.nullish(),
  Description: xeroText.pipe(z.string().max(DESCRIPTION_MAX)).nullish(),
  IsSold: z.boolean().nullish(),
  SalesDetails: z
    .object({
      UnitPrice: z
        .number()
        .superRefine((price, ctx) => {
          if (Math.abs(price) >= PRICE_LIMIT)
            ctx.addIssue({
              code: "custom",
              message: `Its sales price in Xero (${price}) is larger than Kontor can hold.`,
              params: { forUser: true },
            });
        })
        .nullish(),
      AccountCode: z.string().nullish(),
      TaxType: z.string().nullish(),
    })
    .nullish(),
  UpdatedDateUTC: xeroDate.nullish(),
});
export type XeroItem = z.infer<typeof XeroItem>;

export const XeroCurrency = z.object({
  Code: z.string().regex(/^[A-Z]{3}$/, "not a currency code"),
  Description: name.nullish(),
});
export type XeroCurrency = z.infer<typeof XeroCurrency>;

export const XeroOrganisation = z.object({
  OrganisationID: z.string().nullish(),
  Name: z.string(),
  BaseCurrency: z.string().nullish(),
  CountryCode: z.string().nullish(),
});
