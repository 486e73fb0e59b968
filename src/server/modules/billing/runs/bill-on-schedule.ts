import { and, eq, inArray, lt, lte } from "drizzle-orm";
import { todayIn } from "../../../../shared/calendar-dates.js";
import type { Deps } from "../../../app-env.js";
import { CompanyScope } from "../../../db/company-scope.js";
import { companies } from "../../../db/schema/companies.js";
import { companyApps } from "../../../db/schema/company-apps.js";
import { billingRuns, contracts } from "../../../db/schema/contracts.js";
import { planReason } from "../../apps/list-apps.js";
import { sendBillingRunJob } from "./billing-run-job.js";
import { addMonths, billingDate } from "./due-lines.js";
import { startBillingRun } from "./start-billing-run.js";

/** How often the schedule looks (cron, UTC); a billing day starts in each company's time zone. */
export const BILLING_SCHEDULE_CRON = "*/10 * * * *";
/** A working run not moved on for this long lost its job (a restart): it is queued again. */
export const STALLED_AFTER_MS = 2 * 60_000;

type ScheduleDeps = Pick<Deps, "database" | "clock" | "jobs" | "logger">;

/**
 * The billing schedule, run every few minutes and once at start (catching up after downtime).
 * For each company with the Billing app, today in its time zone: bills this month for the
 * clients whose billing day has come, and finishes last month when the schedule had begun it
 * (a server down over the month's end). Runs that lost their job go on.
 */
export async function billOnSchedule(deps: ScheduleDeps): Promise<{ started: number; resumed: number }> {
  const now = deps.clock.now();
  const enabled = await deps.database.db
    .select({ id: companies.id, timeZone: companies.timeZone, plan: companies.plan })
    .from(companies)
    .innerJoin(
      companyApps,
      and(
        eq(companyApps.companyId, companies.id),
        eq(companyApps.app, "billing"),
        eq(companyApps.enabled, true),
      ),
    );
  let started = 0;
  for (const company of enabled) {
    if (planReason("billing", company.plan)) continue;
    const scope = new CompanyScope(deps.database.db, company.id);
    const today = todayIn(company.timeZone, now);
    const period = today.slice(0, 7);
    const upTo = billingDate(period, 31) === today ? 31 : Number(today.slice(8, 10));
    const previous = addMonths(period, -1);
    if (
      (await scheduledUpTo(scope, previous)) !== null &&
      (await scheduleRun(deps, scope, previous, 31, now))
    )
      started++;
    if (await scheduleRun(deps, scope, period, upTo, now)) started++;
  }
  return { started, resumed: await resumeStalledRuns(deps, now) };
}

/** The furthest billing day the schedule has billed (or is billing) in the period; null: none. */
async function scheduledUpTo(scope: CompanyScope, period: string): Promise<number | null> {
  const runs = await scope.select(
    billingRuns,
    eq(billingRuns.period, period),
    eq(billingRuns.trigger, "schedule"),
  );
  return runs.reduce<number | null>((max, r) => Math.max(max ?? 0, r.billingDayUpTo ?? 31), null);
}

/** Starts a scheduled run when clients' billing days up to `upTo` have not been run yet. */
async function scheduleRun(deps: ScheduleDeps, scope: CompanyScope, period: string, upTo: number, now: Date) {
  const done = await scheduledUpTo(scope, period);
  if (done !== null && done >= upTo) return false;
  const due = await scope.first(contracts, lte(contracts.billingDay, upTo));
  if (!due) return false;
  const working = await scope.first(
    billingRuns,
    eq(billingRuns.period, period),
    inArray(billingRuns.status, ["queued", "running"]),
  );
  if (working) return false;
  await startBillingRun(scope, deps.jobs, {
    period,
    trigger: "schedule",
    billingDayUpTo: upTo,
    userId: null,
    now,
  });
  deps.logger.info({ companyId: scope.companyId, period, upTo }, "scheduled billing run started");
  return true;
}

/** Queues again the runs whose job has not moved them on for a while (lost in a restart). */
async function resumeStalledRuns(deps: ScheduleDeps, now: Date): Promise<number> {
  const before = new Date(now.getTime() - STALLED_AFTER_MS);
  const stalled = await deps.database.db
    .update(billingRuns)
    .set({ updatedAt: now })
    .where(and(inArray(billingRuns.status, ["queued", "running"]), lt(billingRuns.updatedAt, before)))
    .returning();
  for (const run of stalled) await sendBillingRunJob(deps.jobs, run);
  if (stalled.length > 0) deps.logger.info({ runs: stalled.length }, "stalled billing runs resumed");
  return stalled.length;
}
