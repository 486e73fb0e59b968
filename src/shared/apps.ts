import type { Plan } from "./plans.js";

export const APPS = ["billing", "xero"] as const;
export type AppId = (typeof APPS)[number];

export const APP_LABELS: Record<AppId, string> = { billing: "Billing", xero: "Xero" };

/** Plans that include each app. */
export const APP_PLANS: Record<AppId, readonly Plan[]> = {
  billing: ["team", "elite"],
  xero: ["team", "elite"],
};
