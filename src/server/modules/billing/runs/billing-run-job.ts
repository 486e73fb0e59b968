import { and, count, eq, inArray } from "drizzle-orm";
import type { Deps } from "../../../app-env.js";
import { CompanyScope } from "../../../db/company-scope.js";
import { clients } from "../../../db/schema/clients.js";
import { billingRuns, contracts } from "../../../db/schema/contracts.js";
import type { Jobs } from "../../../lib/jobs.js";
import { billNextClients, RunMovedOnError, type RunRow } from "./bill-clients.js";
import { runContracts } from "./prepare-client-invoices.js";

export const BILLING_RUN_QUEUE = "billing.run";
export const BILLING_RUN_ATTEMPTS = 3;

export interface BillingRunJob {
  companyId: string;
  runId: string;
}

export function sendBillingRunJob(jobs: Jobs, run: Pick<RunRow, "companyId" | "id">) {
  return jobs.send<BillingRunJob>(
    BILLING_RUN_QUEUE,
    { companyId: run.companyId, runId: run.id },
    { retryLimit: BILLING_RUN_ATTEMPTS - 1 },
  );
}

/**
 * A billing run's job: counts the clients, then bills them a step at a time from the run's
 * cursor (a job resumed after a restart goes on where the last commit left it). A failure on
 * the last attempt fails the run; the invoices made so far stay, and running the period again
 * bills only the rest.
 */
export async function runBillingJob(
  deps: Pick<Deps, "database" | "clock" | "logger">,
  job: BillingRunJob,
  attempt: number,
): Promise<void> {
  const scope = new CompanyScope(deps.database.db, job.companyId);
  let run = await startRun(scope, job.runId, deps.clock.now());
  if (!run) return;
  try {
    for (;;) {
      const next = await billNextClients(scope, run, { now: deps.clock.now() });
      if (!next) break;
      run = next;
    }
  } catch (error) {
    if (error instanceof RunMovedOnError) return;
    if (attempt >= BILLING_RUN_ATTEMPTS) {
      const message = error instanceof Error ? error.message : String(error);
      await scope.update(
        billingRuns,
        { status: "failed", error: `Billing stopped: ${message}`, finishedAt: deps.clock.now() },
        eq(billingRuns.id, run.id),
      );
    }
    throw error;
  }
  const now = deps.clock.now();
  await scope.update(
    billingRuns,
    { status: "done", finishedAt: now, updatedAt: now },
    eq(billingRuns.id, run.id),
    eq(billingRuns.status, "running"),
  );
  deps.logger.info({ runId: run.id, period: run.period, created: run.created }, "billing run done");
}

/** The run to work on, counted and marked running; null when it is over (or gone). */
async function startRun(scope: CompanyScope, runId: string, now: Date): Promise<RunRow | null> {
  const run = await scope.first(billingRuns, eq(billingRuns.id, runId));
  if (!run || (run.status !== "queued" && run.status !== "running")) return null;
  if (run.status === "running") return run;
  const [total] = await scope.db
    .select({ n: count() })
    .from(contracts)
    .innerJoin(clients, eq(clients.id, contracts.clientId))
    .where(runContracts(scope, run));
  const [started] = await scope
    .update(
      billingRuns,
      { status: "running", progressTotal: total?.n ?? 0, updatedAt: now },
      eq(billingRuns.id, runId),
      eq(billingRuns.status, "queued"),
    )
    .returning();
  // Started meanwhile by another job: go on with it (the cursor keeps the two apart).
  return (
    started ??
    (await scope.first(billingRuns, eq(billingRuns.id, runId), eq(billingRuns.status, "running"))) ??
    null
  );
}

/** Runs of a company still to finish (queued or running), for a period or all. */
export function workingRuns(scope: CompanyScope, period?: string) {
  return scope.select(
    billingRuns,
    and(
      inArray(billingRuns.status, ["queued", "running"]),
      period ? eq(billingRuns.period, period) : undefined,
    ),
  );
}
