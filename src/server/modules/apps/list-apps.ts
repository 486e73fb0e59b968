import type { AppState } from "../../../shared/api/apps.js";
import { APP_LABELS, APP_PLANS, APPS, type AppId } from "../../../shared/apps.js";
import { PLAN_LABELS, type Plan } from "../../../shared/plans.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { companyApps } from "../../db/schema/company-apps.js";
import { getCompanyRow } from "../companies/get-company.js";

export function planReason(app: AppId, plan: Plan): string | undefined {
  if (APP_PLANS[app].includes(plan)) return undefined;
  const plans = APP_PLANS[app].map((p) => PLAN_LABELS[p]).join(" or ");
  return `${APP_LABELS[app]} needs the ${plans} plan; your company is on ${PLAN_LABELS[plan]}.`;
}

/** Every app with its state; an app the plan no longer includes counts as not enabled. */
export async function listApps(scope: CompanyScope): Promise<AppState[]> {
  const [company, rows] = await Promise.all([getCompanyRow(scope), scope.select(companyApps)]);
  return APPS.map((app) => {
    const reason = planReason(app, company.plan);
    const enabled = !reason && rows.some((r) => r.app === app && r.enabled);
    return reason ? { app, enabled, available: false, reason } : { app, enabled, available: true };
  });
}

export async function isAppEnabled(scope: CompanyScope, app: AppId): Promise<boolean> {
  return (await listApps(scope)).some((a) => a.app === app && a.enabled);
}
