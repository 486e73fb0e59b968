import type { CompanyScope } from "../../../db/company-scope.js";
import { billingRuns } from "../../../db/schema/contracts.js";
import { AppError } from "../../../lib/errors.js";
import type { Jobs } from "../../../lib/jobs.js";
import { sendBillingRunJob, workingRuns } from "./billing-run-job.js";
import { periodLabel } from "./due-lines.js";

export interface StartBillingRunInput {
  period: string;
  trigger: "manual" | "schedule";
  /** A scheduled run bills the clients whose billing day is this or before; by hand, all. */
  billingDayUpTo?: number | null;
  userId: string | null;
  now: Date;
}

/** Records a billing run of a period and queues its job; one at a time per period (else 409). */
export async function startBillingRun(
  scope: CompanyScope,
  jobs: Jobs,
  { period, trigger, billingDayUpTo = null, userId, now }: StartBillingRunInput,
): Promise<{ id: string }> {
  if ((await workingRuns(scope, period)).length > 0) {
    throw new AppError(
      "conflict",
      `Invoices for ${periodLabel(period, "monthly")} are being created; wait for that run to finish.`,
    );
  }
  const [run] = await scope
    .insert(billingRuns, {
      period,
      trigger,
      billingDayUpTo,
      startedBy: userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await sendBillingRunJob(jobs, run!);
  return { id: run!.id };
}
