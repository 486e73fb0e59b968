import { type Books, emptyBooks, type OrganisationRecord } from "../accounting/records.js";
import type { DemoOrganisation } from "./fixed-ids.js";

const LINES_OF_BUSINESS: Record<DemoOrganisation["kind"], string> = {
  firm: "Accounting and bookkeeping services",
  bakery: "Wholesale and retail bakery",
  dental: "Private dental practice",
  landscaping: "Garden design and maintenance",
};

const ADDRESSES: Record<DemoOrganisation["kind"], { line: string; city: string; postcode: string }> = {
  firm: { line: "12 Ledger Lane", city: "Leeds", postcode: "LS1 4AB" },
  bakery: { line: "3 Mill Yard", city: "York", postcode: "YO1 7HH" },
  dental: { line: "88 Harbour Walk", city: "Brighton", postcode: "BN1 2FG" },
  landscaping: { line: "Unit 5, Green Park", city: "Norwich", postcode: "NR1 3QQ" },
};

export function organisationBooks(org: DemoOrganisation, anchor: number): Books {
  const year = new Date(anchor).getUTCFullYear();
  const address = ADDRESSES[org.kind];
  const record: OrganisationRecord = {
    OrganisationID: org.tenantId,
    Name: org.name,
    LegalName: org.name,
    ShortCode: org.shortCode,
    APIKey: org.tenantId.replace(/-/g, "").slice(0, 30).toUpperCase(),
    BaseCurrency: "GBP",
    CountryCode: "GB",
    Version: "UK",
    OrganisationType: org.kind === "firm" ? "ACCOUNTING_PRACTICE" : "COMPANY",
    Timezone: "GMTSTANDARDTIME",
    FinancialYearEndDay: 31,
    FinancialYearEndMonth: 3,
    SalesTaxBasis: "ACCRUALS",
    SalesTaxPeriod: "QUARTERLY1",
    TaxNumber: `GB${org.tenantId.replace(/\D/g, "").slice(0, 9)}`,
    RegistrationNumber: org.tenantId.replace(/\D/g, "").slice(-8),
    LineOfBusiness: LINES_OF_BUSINESS[org.kind],
    CreatedDateUTC: Date.UTC(year - org.createdYearsAgo, 3, 1, 9, 30),
    Class: "STANDARD",
    Edition: "BUSINESS",
    PaymentTerms: {
      Sales: { Day: 14, Type: "DAYSAFTERBILLDATE" },
      Bills: { Day: 20, Type: "OFFOLLOWINGMONTH" },
    },
    Address: {
      AddressType: "STREET",
      AddressLine1: address.line,
      City: address.city,
      PostalCode: address.postcode,
      Country: "United Kingdom",
    },
    Phone: { PhoneType: "DEFAULT", PhoneNumber: "496 0000", PhoneAreaCode: "0113" },
    Website: `https://${org.name
      .toLowerCase()
      .replace(/ ltd$/, "")
      .replace(/[^a-z]+/g, "")}.example`,
  };
  return emptyBooks(record, "ORGANISATION");
}
