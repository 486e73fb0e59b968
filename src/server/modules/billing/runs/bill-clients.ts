import { and, asc, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { products } from "../../../db/schema/billing.js";
import { clients } from "../../../db/schema/clients.js";
import { billedContractLines, billingRuns, contractLines, contracts } from "../../../db/schema/contracts.js";
import { AppError } from "../../../lib/errors.js";
import { insertPrepared } from "../invoices/create-invoices.js";
import { type InvoiceDraft, type PreparedInvoice, prepareInvoices } from "../invoices/prepare-invoices.js";
import { billingDate, isDue, periodLabel } from "./due-lines.js";

export type RunRow = typeof billingRuns.$inferSelect;

/** Clients per transaction: a restart repeats at most this many clients' work (and never bills twice). */
export const CLIENTS_PER_STEP = 250;

/** Another job moved the run on meanwhile (a resumed run's old job): this one stops. */
export class RunMovedOnError extends Error {}

/** The contracts a run bills, in client id order (archived clients are not billed). */
export function runContracts(scope: CompanyScope, run: RunRow) {
  return scope.where(
    contracts,
    isNull(clients.archivedAt),
    run.billingDayUpTo === null ? undefined : lte(contracts.billingDay, run.billingDayUpTo),
  );
}

/**
 * Bills the next clients of a run after its cursor, in one transaction: for each client one In
 * progress invoice with its lines due in the period and not billed yet. The invoices, the billed
 * lines (whose key makes a second billing of a line and period fail) and the run's cursor and
 * counts commit together, and the cursor moves only from where this job found it.
 * Answers the run as it is now, or null when no client was left.
 */
export async function billNextClients(
  scope: CompanyScope,
  run: RunRow,
  { now, limit = CLIENTS_PER_STEP }: { now: Date; limit?: number },
): Promise<RunRow | null> {
  return scope.transaction(async (tx) => {
    const batch = await tx.db
      .select({
        clientId: contracts.clientId,
        contractId: contracts.id,
        billingDay: contracts.billingDay,
        name: clients.name,
      })
      .from(contracts)
      .innerJoin(clients, eq(clients.id, contracts.clientId))
      .where(and(runContracts(tx, run), run.cursor ? gt(contracts.clientId, run.cursor) : undefined))
      .orderBy(asc(contracts.clientId))
      .limit(limit);
    if (batch.length === 0) return null;
    const lines = await tx.db
      .select({ line: contractLines, product: { name: products.name, description: products.description } })
      .from(contractLines)
      .innerJoin(products, eq(products.id, contractLines.productId))
      .where(
        tx.where(
          contractLines,
          inArray(
            contractLines.contractId,
            batch.map((b) => b.contractId),
          ),
        ),
      )
      .orderBy(asc(contractLines.position));
    const billed = await tx.db
      .select({ clientId: billedContractLines.clientId, lineId: billedContractLines.contractLineId })
      .from(billedContractLines)
      .where(
        tx.where(
          billedContractLines,
          eq(billedContractLines.period, run.period),
          inArray(
            billedContractLines.clientId,
            batch.map((b) => b.clientId),
          ),
        ),
      );
    const done = new Set(billed.map((b) => `${b.clientId} ${b.lineId}`));

    let skipped = 0;
    const drafts: (InvoiceDraft & { name: string })[] = [];
    for (const contract of batch) {
      const due = lines.filter((l) => l.line.contractId === contract.contractId && isDue(l.line, run.period));
      const unbilled = due.filter((l) => !done.has(`${contract.clientId} ${l.line.id}`));
      if (due.length > 0 && unbilled.length === 0) skipped++;
      if (unbilled.length === 0) continue;
      drafts.push({
        clientId: contract.clientId,
        name: contract.name,
        date: billingDate(run.period, contract.billingDay),
        billingRunId: run.id,
        lines: unbilled.map(({ line, product }) => ({
          productId: line.productId,
          description: `${line.description ?? product.description ?? product.name}, ${periodLabel(run.period, line.frequency)}`,
          quantity: line.quantity,
          ...(line.unitPrice !== null ? { unitPrice: line.unitPrice } : {}),
          contractLineId: line.id,
          period: run.period,
        })),
      });
    }
    const { prepared, problems } = await prepareEach(tx, drafts, now);
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

type Problem = { clientId: string; clientName: string; message: string };

/**
 * Prepares the invoices in one go; when one cannot be made (a product without a price), each on
 * its own, so the others are made and that client is reported.
 */
async function prepareEach(scope: CompanyScope, drafts: (InvoiceDraft & { name: string })[], now: Date) {
  const withDraft = (list: PreparedInvoice[]) => list.map((invoice, i) => ({ invoice, draft: drafts[i]! }));
  try {
    return { prepared: withDraft(await prepareInvoices(scope, drafts, { userId: null, now })), problems: [] };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  const prepared: { invoice: PreparedInvoice; draft: InvoiceDraft }[] = [];
  const problems: Problem[] = [];
  for (const draft of drafts) {
    try {
      const [invoice] = await prepareInvoices(scope, [draft], { userId: null, now });
      prepared.push({ invoice: invoice!, draft });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const detail = (error.details as { message?: string }[] | undefined)?.[0]?.message;
      problems.push({ clientId: draft.clientId, clientName: draft.name, message: detail ?? error.message });
    }
  }
  return { prepared, problems };
}
