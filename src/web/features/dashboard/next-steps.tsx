import type { AppState } from "../../../shared/api/apps.js";
import type { Company } from "../../../shared/api/company.js";
import { APP_LABELS } from "../../../shared/apps.js";
import { PLAN_LABELS } from "../../../shared/plans.js";
import { PlanChangeNote } from "../support/PlanChangeNote.js";
import type { NextStep } from "./NextSteps.js";

/** What an Owner or Admin should do next, from the company's current state. */
export function stepsForManagers(company: Company, apps: AppState[]): NextStep[] {
  const billing = apps.find((a) => a.app === "billing");
  const xero = apps.find((a) => a.app === "xero");
  const appsOn = Boolean(billing?.enabled && xero?.enabled);
  const planLacksApps = apps.some((a) => !a.available);
  const others = company.memberCount - 1;
  return [
    {
      title: "Invite your team",
      description:
        others > 0
          ? `${others} ${others === 1 ? "colleague has" : "colleagues have"} joined. Invite more people any time.`
          : "Invite colleagues as Company Admins, who run settings and apps, or Company Members, who do the client work.",
      done: others > 0,
      link: { to: "/team", label: "Go to Team" },
    },
    {
      title: "Turn on Billing and Xero",
      description: planLacksApps ? (
        <>
          Billing and Xero need the Team or Elite plan; your company is on {PLAN_LABELS[company.plan]}.{" "}
          <PlanChangeNote />
        </>
      ) : appsOn ? (
        "Billing and Xero are on."
      ) : (
        "Billing lets you invoice clients; Xero brings in your clients, products and VAT rates."
      ),
      done: appsOn,
      link: { to: "/apps", label: "Open Settings & Apps" },
    },
  ];
}

/** Set-up is done once the Owner's or Admins' steps are: the team invited, Billing and Xero on. */
export function isSetUp(company: Company, apps: AppState[]): boolean {
  return stepsForManagers(company, apps).every((step) => step.done);
}

/** What a Company Member can look at. */
export function stepsForMembers(apps: AppState[]): NextStep[] {
  const on = apps.filter((a) => a.enabled).map((a) => APP_LABELS[a.app]);
  return [
    {
      title: "Meet your team",
      description: "See who works in your company and who runs its settings.",
      done: false,
      link: { to: "/team", label: "Go to Team" },
    },
    {
      title: "See which apps your firm uses",
      description:
        on.length > 0
          ? `${on.join(" and ")} ${on.length === 1 ? "is" : "are"} on for your company.`
          : "No apps are on yet. The Company Owner or a Company Admin turns them on.",
      done: false,
      link: { to: "/apps", label: "Open Settings & Apps" },
    },
  ];
}
