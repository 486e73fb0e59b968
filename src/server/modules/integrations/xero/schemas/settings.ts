import { z } from "zod";
import { xeroDate } from "../xero-date.js";

export const XeroTaxRate = z.object({
  Name: z.string(),
  TaxType: z.string(),
  Status: z.string().nullish(),
  EffectiveRate: z.number().nullish(),
  DisplayTaxRate: z.number().nullish(),
  CanApplyToRevenue: z.boolean().nullish(),
});
export type XeroTaxRate = z.infer<typeof XeroTaxRate>;

export const XeroAccount = z.object({
  AccountID: z.string(),
  Code: z.string().nullish(),
  Name: z.string(),
  Type: z.string().nullish(),
  Class: z.string().nullish(),
  Status: z.string().nullish(),
  TaxType: z.string().nullish(),
});
export type XeroAccount = z.infer<typeof XeroAccount>;

export const XeroItem = z.object({
  ItemID: z.string(),
  Code: z.string(),
  Name: z.string().nullish(),
  Description: z.string().nullish(),
  IsSold: z.boolean().nullish(),
  SalesDetails: z
    .object({
      UnitPrice: z.number().nullish(),
      AccountCode: z.string().nullish(),
      TaxType: z.string().nullish(),
    })
    .nullish(),
  UpdatedDateUTC: xeroDate.nullish(),
});
export type XeroItem = z.infer<typeof XeroItem>;

export const XeroCurrency = z.object({ Code: z.string(), Description: z.string().nullish() });
export type XeroCurrency = z.infer<typeof XeroCurrency>;

export const XeroOrganisation = z.object({
  OrganisationID: z.string().nullish(),
  Name: z.string(),
  BaseCurrency: z.string().nullish(),
  CountryCode: z.string().nullish(),
});
