import { eq } from "drizzle-orm";
import type { BillingRun } from "../../../../shared/api/contracts.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { billingRuns } from "../../../db/schema/contracts.js";
import { notFound } from "../../../lib/errors.js";

/** A billing run: how far it is, how many invoices it made and how many clients were billed already. */
export async function getBillingRun(scope: CompanyScope, { id }: { id: string }): Promise<BillingRun> {
  const run = await scope.first(billingRuns, eq(billingRuns.id, id));
  if (!run) throw notFound("The billing run");
  return {
    id: run.id,
    period: run.period,
    trigger: run.trigger,
    status: run.status,
    progress: { done: run.progressDone, total: run.progressTotal },
    created: run.created,
    skipped: run.skipped,
    problems: run.problems,
    error: run.error,
  };
}
