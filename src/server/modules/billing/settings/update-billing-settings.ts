import { desc, eq, gte, isNotNull, sql } from "drizzle-orm";
import type { BillingSettings } from "../../../../shared/api/billing-settings.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { vatRates } from "../../../db/schema/billing.js";
import { billingSettings, invoices } from "../../../db/schema/invoices.js";
import { AppError } from "../../../lib/errors.js";
import { isAppEnabled } from "../../apps/list-apps.js";
import { findBillingOrganisation, findGrant } from "../../integrations/connections/get-connection.js";
import { loadCompanyRows, referenceNotFound } from "../company-rows.js";
import { loadBillingSettings, toBillingSettings } from "./billing-settings-row.js";

export interface UpdateBillingSettingsInput {
  settings: BillingSettings;
  userId: string;
  now: Date;
}

const invalid = (field: string, message: string) =>
  new AppError("validation_failed", message, [{ field, message }]);

/** Why Xero cannot be the accounting service yet, or null when it can. */
async function xeroNotReady(scope: CompanyScope): Promise<string | null> {
  const [enabled, grant, organisation] = await Promise.all([
    isAppEnabled(scope, "xero"),
    findGrant(scope, "xero"),
    findBillingOrganisation(scope, "xero"),
  ]);
  if (!enabled || !grant) return "Connect Xero first (Settings & Apps → Xero), then choose it here.";
  if (grant.status !== "active")
    return "Xero needs re-authorization: reconnect it in Settings & Apps → Xero, then choose it here.";
  if (!organisation) return "Choose Xero's billing organisation first (Settings & Apps → Xero).";
  return null;
}

/** The highest number already used with this prefix at or above `from`, or null. */
async function usedNumberFrom(scope: CompanyScope, prefix: string, from: number) {
  const [row] = await scope.db
    .select({ number: invoices.number, sequence: invoices.numberSequence })
    .from(invoices)
    .where(
      scope.where(
        invoices,
        isNotNull(invoices.number),
        gte(invoices.numberSequence, from),
        eq(invoices.number, sql`${prefix} || ${invoices.numberSequence}::text`),
      ),
    )
    .orderBy(desc(invoices.numberSequence))
    .limit(1);
  return row ?? null;
}

/**
 * Saves the Setup tab. Xero becomes the accounting service only once it is connected; the
 * default VAT rate must be one of the company's; the next number may not reuse a number already
 * given with the same prefix. The next number is written only when the user changed it, so a
 * save made while invoices are being issued does not hand out their numbers again.
 */
export async function updateBillingSettings(
  scope: CompanyScope,
  { settings, userId, now }: UpdateBillingSettingsInput,
): Promise<BillingSettings> {
  const current = await loadBillingSettings(scope);
  if (settings.defaultVatRateId) {
    const found = await loadCompanyRows(scope, vatRates, [settings.defaultVatRateId]);
    if (!found.has(settings.defaultVatRateId)) throw referenceNotFound("The VAT rate", "defaultVatRateId");
  }
  if (settings.accountingService === "xero" && current.accountingService !== "xero") {
    const reason = await xeroNotReady(scope);
    if (reason) throw invalid("accountingService", reason);
  }
  const numbering =
    settings.numberPrefix !== current.numberPrefix || settings.nextNumber !== current.nextNumber;
  if (numbering) {
    const used = await usedNumberFrom(scope, settings.numberPrefix, settings.nextNumber);
    if (used) {
      throw invalid(
        "nextNumber",
        `${used.number} is already used: the next number must be ${used.sequence! + 1} or more, or use another prefix.`,
      );
    }
  }
  const values = {
    accountingService: settings.accountingService,
    numberPrefix: settings.numberPrefix,
    paymentTermsDays: settings.paymentTerms.days,
    paymentTermsFrom: settings.paymentTerms.from,
    defaultVatRateId: settings.defaultVatRateId,
    amountsAre: settings.amountsAre,
    baseCurrency: settings.baseCurrency,
    unitPriceDp: settings.unitPriceDecimals,
    firmLegalName: settings.firm.legalName,
    firmRegistryCode: settings.firm.registryCode,
    firmVatNumber: settings.firm.vatNumber,
    firmAddress: settings.firm.address,
    firmBankAccount: settings.firm.bankAccount,
    firmEmail: settings.firm.email,
    firmPhone: settings.firm.phone,
    updatedBy: userId,
    updatedAt: now,
  };
  const [row] = await scope.db
    .insert(billingSettings)
    .values({ ...values, nextNumber: settings.nextNumber, companyId: scope.companyId })
    .onConflictDoUpdate({
      target: billingSettings.companyId,
      set:
        settings.nextNumber !== current.nextNumber ? { ...values, nextNumber: settings.nextNumber } : values,
    })
    .returning();
  return toBillingSettings(row!);
}
