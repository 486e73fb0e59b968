import type { BillingRunPreview } from "../../../../shared/api/contracts.js";
import { todayIn } from "../../../../shared/calendar-dates.js";
import { Decimal } from "../../../../shared/money/decimal.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { getCompanyRow } from "../../companies/get-company.js";
import { fixed, shortest, unitPriceText } from "../numeric-text.js";
import { CLIENTS_PER_STEP } from "./bill-clients.js";
import { workingRuns } from "./billing-run-job.js";
import {
  type BillingProblem,
  type ClientInvoice,
  contractsToBill,
  prepareClientInvoices,
} from "./prepare-client-invoices.js";

export interface PreviewBillingRunInput {
  /** A month, YYYY-MM; absent: this month in the company's time zone (the month the schedule bills). */
  period?: string;
  now: Date;
}

/**
 * What creating invoices for a period by hand would make, writing nothing: the same clients, a
 * step at a time, and the same prepared invoices as the run (prepareClientInvoices), so the
 * preview and the run cannot disagree. Numbers read as GET /invoices/{id} shows them.
 */
export async function previewBillingRun(
  scope: CompanyScope,
  { period: asked, now }: PreviewBillingRunInput,
): Promise<BillingRunPreview> {
  const period = asked ?? todayIn((await getCompanyRow(scope)).timeZone, now).slice(0, 7);
  const invoices: ClientInvoice[] = [];
  const problems: BillingProblem[] = [];
  let alreadyBilled = 0;
  let after: string | null = null;
  for (;;) {
    const batch = await contractsToBill(scope, { billingDayUpTo: null, after, limit: CLIENTS_PER_STEP });
    if (batch.length === 0) break;
    const step = await prepareClientInvoices(scope, { period, contracts: batch, billingRunId: null, now });
    invoices.push(...step.prepared);
    problems.push(...step.problems);
    alreadyBilled += step.skipped;
    after = batch.at(-1)!.clientId;
  }
  const [working] = await workingRuns(scope, period);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    period,
    invoices: invoices
      .sort((a, b) => byName(a.draft, b.draft))
      .map(({ invoice: { invoice, lines }, draft }) => ({
        client: { id: invoice.clientId, name: draft.name },
        date: invoice.date,
        currency: invoice.currency,
        lines: lines.map((l) => ({
          description: l.description,
          quantity: shortest(l.quantity),
          unitPrice: unitPriceText(l.unitPrice),
          lineAmount: fixed(amount(l.lineAmount), 2),
        })),
        subTotal: fixed(amount(invoice.subTotal), 2),
        totalTax: fixed(amount(invoice.totalTax), 2),
        total: fixed(amount(invoice.total), 2),
      })),
    totals: totalsPerCurrency(invoices),
    alreadyBilled,
    problems: problems.sort((a, b) => a.clientName.localeCompare(b.clientName)),
    workingRunId: working?.id ?? null,
  };
}

/** prepareInvoices prices every invoice; the insert type only says the columns have defaults. */
const amount = (value: string | undefined) => value ?? "0.00";

function totalsPerCurrency(invoices: ClientInvoice[]): BillingRunPreview["totals"] {
  const sums = new Map<string, { invoices: number; total: Decimal }>();
  for (const { invoice } of invoices) {
    const sum = sums.get(invoice.invoice.currency) ?? { invoices: 0, total: Decimal.ZERO };
    sums.set(invoice.invoice.currency, {
      invoices: sum.invoices + 1,
      total: sum.total.plus(Decimal.parse(amount(invoice.invoice.total))),
    });
  }
  return [...sums]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sum]) => ({ currency, invoices: sum.invoices, total: sum.total.toFixed(2) }));
}
