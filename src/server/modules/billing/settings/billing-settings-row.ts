import type { BillingSettings } from "../../../../shared/api/billing-settings.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { billingSettings } from "../../../db/schema/invoices.js";

export type BillingSettingsRow = typeof billingSettings.$inferSelect;

/** What a company has before it saves its Billing settings (the table's column defaults). */
function defaults(companyId: string): BillingSettingsRow {
  return {
    companyId,
    accountingService: "none",
    numberPrefix: "INV-",
    nextNumber: 1,
    paymentTermsDays: 14,
    paymentTermsFrom: "invoice_date",
    defaultVatRateId: null,
    amountsAre: "exclusive",
    baseCurrency: "EUR",
    unitPriceDp: 2,
    firmLegalName: null,
    firmRegistryCode: null,
    firmVatNumber: null,
    firmAddress: null,
    firmBankAccount: null,
    firmEmail: null,
    firmPhone: null,
    updatedBy: null,
    updatedAt: new Date(0),
  };
}

/** The company's Billing settings row, or the defaults when it has never saved them. */
export async function loadBillingSettings(scope: CompanyScope): Promise<BillingSettingsRow> {
  return (await scope.first(billingSettings)) ?? defaults(scope.companyId);
}

export function toBillingSettings(row: BillingSettingsRow): BillingSettings {
  return {
    accountingService: row.accountingService,
    numberPrefix: row.numberPrefix,
    nextNumber: row.nextNumber,
    paymentTerms: { days: row.paymentTermsDays, from: row.paymentTermsFrom },
    defaultVatRateId: row.defaultVatRateId,
    amountsAre: row.amountsAre,
    unitPriceDecimals: row.unitPriceDp === 4 ? 4 : 2,
    baseCurrency: row.baseCurrency,
    firm: {
      legalName: row.firmLegalName,
      registryCode: row.firmRegistryCode,
      vatNumber: row.firmVatNumber,
      address: row.firmAddress,
      bankAccount: row.firmBankAccount,
      email: row.firmEmail,
      phone: row.firmPhone,
    },
  };
}
