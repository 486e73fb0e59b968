import { toNumber } from "./decimal.js";
import { envelopeResponse } from "./envelope.js";
import { notFound } from "./errors.js";
import { listRecords } from "./listing.js";
import type { TaxRateRecord } from "./records.js";
import type { ResourceRoute } from "./resource-route.js";

const FIELDS = [
  "Name",
  "TaxType",
  "Status",
  "ReportTaxType",
  "CanApplyToAssets",
  "CanApplyToEquity",
  "CanApplyToExpenses",
  "CanApplyToLiabilities",
  "CanApplyToRevenue",
  "DisplayTaxRate",
  "EffectiveRate",
  "TaxComponents",
];

export function taxRateToWire(rate: TaxRateRecord): Record<string, unknown> {
  return {
    Name: rate.Name,
    TaxType: rate.TaxType,
    ReportTaxType: rate.ReportTaxType,
    CanApplyToAssets: rate.CanApplyToAssets,
    CanApplyToEquity: rate.CanApplyToEquity,
    CanApplyToExpenses: rate.CanApplyToExpenses,
    CanApplyToLiabilities: rate.CanApplyToLiabilities,
    CanApplyToRevenue: rate.CanApplyToRevenue,
    DisplayTaxRate: toNumber(rate.DisplayTaxRate, 4),
    EffectiveRate: toNumber(rate.EffectiveRate, 4),
    Status: rate.Status,
    TaxComponents: rate.TaxComponents.map((c) => ({
      Name: c.Name,
      Rate: toNumber(c.Rate, 4),
      IsCompound: c.IsCompound,
      IsNonRecoverable: c.IsNonRecoverable,
    })),
  };
}

/** Tax rates are not paged and do not take If-Modified-Since. */
export const taxRatesRoute: ResourceRoute = {
  name: "TaxRates",
  area: "settings",
  list: (api, request) => {
    const taxType = request.query.get("TaxType")?.toUpperCase();
    const result = listRecords(request, {
      records: api.books.taxRates.values(),
      toWire: taxRateToWire,
      typeName: "TaxRate",
      fields: FIELDS,
      keep: taxType ? (r) => r.TaxType === taxType : undefined,
      paged: false,
    });
    return result.ok ? envelopeResponse(api, "TaxRates", result.items) : result.response;
  },
  get: (api, request) => {
    const rate = api.books.taxRates.get((request.id ?? "").toUpperCase());
    return rate ? envelopeResponse(api, "TaxRates", [taxRateToWire(rate)]) : notFound();
  },
};
