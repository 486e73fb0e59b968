import type { AppState } from "../../../shared/api/apps.js";
import type { AppId } from "../../../shared/apps.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { companyApps } from "../../db/schema/company-apps.js";
import { AppError } from "../../lib/errors.js";
import { getCompanyRow } from "../companies/get-company.js";
import { listApps, planReason } from "./list-apps.js";

/** Turns an app on or off for the company; turning on needs a plan that includes it (402). */
export async function setAppEnabled(
  scope: CompanyScope,
  app: AppId,
  enabled: boolean,
  userId: string,
  now: Date,
): Promise<AppState[]> {
  if (enabled) {
    const reason = planReason(app, (await getCompanyRow(scope)).plan);
    if (reason) throw new AppError("plan_required", `${reason} Ask Kontor to change your plan.`);
  }
  await scope.db
    .insert(companyApps)
    .values({ companyId: scope.companyId, app, enabled, changedAt: now, changedBy: userId })
    .onConflictDoUpdate({
      target: [companyApps.companyId, companyApps.app],
      set: { enabled, changedAt: now, changedBy: userId },
    });
  return listApps(scope);
}
