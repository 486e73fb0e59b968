export const PLANS = ["free", "team", "elite"] as const;
export type Plan = (typeof PLANS)[number];

export const PLAN_LABELS: Record<Plan, string> = { free: "Free", team: "Team", elite: "Elite" };
