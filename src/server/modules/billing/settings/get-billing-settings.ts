import type { BillingSettings } from "../../../../shared/api/billing-settings.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { loadBillingSettings, toBillingSettings } from "./billing-settings-row.js";

/** The Setup tab: the saved settings, or the defaults when none were saved. */
export async function getBillingSettings(scope: CompanyScope): Promise<BillingSettings> {
  return toBillingSettings(await loadBillingSettings(scope));
}
