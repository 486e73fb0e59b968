import { eq, isNull, sql } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { billedContractLines, billingRuns } from "../../../db/schema/contracts.js";
import { insertPrepared } from "../invoices/create-invoices.js";
import { contractsToBill, prepareClientInvoices } from "./prepare-client-invoices.js";

export type RunRow = typeof billingRuns.$inferSelect;

/** Clients per transaction: a restart repeats at most this many clients' work (and never bills twice). */
export const CLIENTS_PER_STEP = 250;

/** Another job moved the run on meanwhile (a resumed run's old job): this one stops. */
export class RunMovedOnError extends Error {}

/**
 * Bills the next clients of a run after its cursor, in one transaction: for each client one In
 * progress invoice with its lines due in the period and not billed yet (prepareClientInvoices,
 * as the preview shows them). The invoices, the billed lines (whose key makes a second billing
 * of a line and period fail) and the run's cursor and counts commit together, and the cursor
 * moves only from where this job found it.
 * Answers the run as it is now, or null when no client was left.
 */
export async function billNextClients(
  scope: CompanyScope,
  run: RunRow,
  { now, limit = CLIENTS_PER_STEP }: { now: Date; limit?: number },
): Promise<RunRow | null> {
  return scope.transaction(async (tx) => {
    const batch = await contractsToBill(tx, {
      billingDayUpTo: run.billingDayUpTo,
      after: run.cursor,
      limit,
    });
    if (batch.length === 0) return null;
    const { prepared, problems, skipped } = await prepareClientInvoices(tx, {
      period: run.period,
      contracts: batch,
      billingRunId: run.id,
      now,
    });
    const { ids } = await insertPrepared(
      tx,
      prepared.map((p) => p.invoice),
    );
    const billedNow = prepared.flatMap((p, i) =>
      p.invoice.lines.map((line) => ({
        clientId: p.invoice.invoice.clientId,
        contractLineId: line.contractLineId!,
        period: run.period,
        invoiceId: ids[i]!,
        billingRunId: run.id,
        createdAt: now,
      })),
    );
    if (billedNow.length > 0) await tx.insertMany(billedContractLines, billedNow);

    const [moved] = await tx.db
      .update(billingRuns)
      .set({
        cursor: batch.at(-1)!.clientId,
        progressDone: sql`${billingRuns.progressDone} + ${batch.length}`,
        created: sql`${billingRuns.created} + ${ids.length}`,
        skipped: sql`${billingRuns.skipped} + ${skipped}`,
        problems: sql`${billingRuns.problems} || ${JSON.stringify(problems)}::jsonb`,
        updatedAt: now,
      })
      .where(
        tx.where(
          billingRuns,
          eq(billingRuns.id, run.id),
          eq(billingRuns.status, "running"),
          run.cursor ? eq(billingRuns.cursor, run.cursor) : isNull(billingRuns.cursor),
        ),
      )
      .returning();
    if (!moved) throw new RunMovedOnError(`billing run ${run.id} moved on without this job`);
    return moved;
  });
}
