import { envelopeResponse } from "./envelope.js";
import type { OrganisationRecord } from "./records.js";
import type { ResourceRoute } from "./resource-route.js";
import { msDate } from "./xero-date.js";

export function organisationToWire(org: OrganisationRecord): Record<string, unknown> {
  return {
    OrganisationID: org.OrganisationID,
    APIKey: org.APIKey,
    Name: org.Name,
    LegalName: org.LegalName,
    PaysTax: true,
    Version: org.Version,
    OrganisationType: org.OrganisationType,
    BaseCurrency: org.BaseCurrency,
    CountryCode: org.CountryCode,
    IsDemoCompany: false,
    OrganisationStatus: "ACTIVE",
    RegistrationNumber: org.RegistrationNumber,
    TaxNumber: org.TaxNumber,
    FinancialYearEndDay: org.FinancialYearEndDay,
    FinancialYearEndMonth: org.FinancialYearEndMonth,
    SalesTaxBasis: org.SalesTaxBasis,
    SalesTaxPeriod: org.SalesTaxPeriod,
    DefaultSalesTax: "Tax Exclusive",
    DefaultPurchasesTax: "Tax Inclusive",
    CreatedDateUTC: msDate(org.CreatedDateUTC),
    OrganisationEntityType: org.OrganisationType,
    Timezone: org.Timezone,
    ShortCode: org.ShortCode,
    Edition: org.Edition,
    Class: org.Class,
    LineOfBusiness: org.LineOfBusiness,
    Addresses: [{ ...org.Address }],
    Phones: [{ ...org.Phone }],
    ExternalLinks: [{ LinkType: "Website", Url: org.Website }],
    PaymentTerms: { Bills: { ...org.PaymentTerms.Bills }, Sales: { ...org.PaymentTerms.Sales } },
  };
}

export const organisationRoute: ResourceRoute = {
  name: "Organisation",
  area: "settings",
  list: (api) => envelopeResponse(api, "Organisations", [organisationToWire(api.books.organisation)]),
};
