import { and, asc, eq, gt, inArray, isNull, lte } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { products } from "../../../db/schema/billing.js";
import { clients } from "../../../db/schema/clients.js";
import { billedContractLines, contractLines, contracts } from "../../../db/schema/contracts.js";
import { AppError } from "../../../lib/errors.js";
import { type InvoiceDraft, type PreparedInvoice, prepareInvoices } from "../invoices/prepare-invoices.js";
import { billingDate, isDue, periodLabel } from "./due-lines.js";

/** A scheduled run bills the clients whose billing day is this or before; null (by hand): all. */
type BillingDayUpTo = { billingDayUpTo: number | null };

/** The contracts a run bills, in client id order (archived clients are not billed). */
export function runContracts(scope: CompanyScope, { billingDayUpTo }: BillingDayUpTo) {
  return scope.where(
    contracts,
    isNull(clients.archivedAt),
    billingDayUpTo === null ? undefined : lte(contracts.billingDay, billingDayUpTo),
  );
}

export interface ContractToBill {
  clientId: string;
  contractId: string;
  billingDay: number;
  name: string;
}

/** The next contracts to bill after a client id (a run's cursor), in client id order. */
export function contractsToBill(
  scope: CompanyScope,
  { billingDayUpTo, after, limit }: BillingDayUpTo & { after: string | null; limit: number },
): Promise<ContractToBill[]> {
  return scope.db
    .select({
      clientId: contracts.clientId,
      contractId: contracts.id,
      billingDay: contracts.billingDay,
      name: clients.name,
    })
    .from(contracts)
    .innerJoin(clients, eq(clients.id, contracts.clientId))
    .where(and(runContracts(scope, { billingDayUpTo }), after ? gt(contracts.clientId, after) : undefined))
    .orderBy(asc(contracts.clientId))
    .limit(limit);
}

export type BillingProblem = { clientId: string; clientName: string; message: string };
export type ClientInvoice = { invoice: PreparedInvoice; draft: InvoiceDraft & { name: string } };

export interface PrepareClientInvoicesInput {
  period: string;
  contracts: ContractToBill[];
  billingRunId: string | null;
  now: Date;
}

/**
 * What billing these clients for the period makes, without writing anything: per client one
 * invoice (status in_progress) with its lines due in the period and not billed yet, priced like
 * every other invoice (prepareInvoices); the clients whose due lines were all billed already (skipped); and the
 * clients whose invoice cannot be made, with why. A billing run writes exactly this; the preview
 * shows it.
 */
export async function prepareClientInvoices(
  scope: CompanyScope,
  { period, contracts: batch, billingRunId, now }: PrepareClientInvoicesInput,
): Promise<{ prepared: ClientInvoice[]; problems: BillingProblem[]; skipped: number }> {
  if (batch.length === 0) return { prepared: [], problems: [], skipped: 0 };
  const lines = await scope.db
    .select({ line: contractLines, product: { name: products.name, description: products.description } })
    .from(contractLines)
    .innerJoin(products, eq(products.id, contractLines.productId))
    .where(
      scope.where(
        contractLines,
        inArray(
          contractLines.contractId,
          batch.map((b) => b.contractId),
        ),
      ),
    )
    .orderBy(asc(contractLines.position));
  const billed = await scope.db
    .select({ clientId: billedContractLines.clientId, lineId: billedContractLines.contractLineId })
    .from(billedContractLines)
    .where(
      scope.where(
        billedContractLines,
        eq(billedContractLines.period, period),
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
    const due = lines.filter((l) => l.line.contractId === contract.contractId && isDue(l.line, period));
    const unbilled = due.filter((l) => !done.has(`${contract.clientId} ${l.line.id}`));
    if (due.length > 0 && unbilled.length === 0) skipped++;
    if (unbilled.length === 0) continue;
    drafts.push({
      clientId: contract.clientId,
      name: contract.name,
      date: billingDate(period, contract.billingDay),
      billingRunId,
      lines: unbilled.map(({ line, product }) => ({
        productId: line.productId,
        description: `${line.description ?? product.description ?? product.name}, ${periodLabel(period, line.frequency)}`,
        quantity: line.quantity,
        ...(line.unitPrice !== null ? { unitPrice: line.unitPrice } : {}),
        contractLineId: line.id,
        period,
      })),
    });
  }
  return { ...(await prepareEach(scope, drafts, now)), skipped };
}

/**
 * Prepares the invoices in one go; when one cannot be made (a product without a price), each on
 * its own, so the others are made and that client is reported.
 */
async function prepareEach(scope: CompanyScope, drafts: (InvoiceDraft & { name: string })[], now: Date) {
  const withDraft = (list: PreparedInvoice[]) => list.map((invoice, i) => ({ invoice, draft: drafts[i]! }));
  if (drafts.length === 0) return { prepared: [], problems: [] };
  try {
    return { prepared: withDraft(await prepareInvoices(scope, drafts, { userId: null, now })), problems: [] };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  const prepared: ClientInvoice[] = [];
  const problems: BillingProblem[] = [];
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
