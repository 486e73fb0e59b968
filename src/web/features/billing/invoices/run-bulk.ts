import { errorMessage } from "../../../lib/api.js";

export interface BulkOutcome {
  done: number;
  /** Each invoice that was refused, with the reason. */
  failed: Array<{ name: string; reason: string }>;
}

/**
 * One action on each invoice in turn (issuing takes numbers in this order), carrying on past
 * refusals so that one bad invoice does not stop the rest.
 */
export async function runBulk<T extends { id: string; number: string | null; client: { name: string } }>(
  invoices: T[],
  action: (invoice: T) => Promise<unknown>,
  onProgress?: (finished: number) => void,
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { done: 0, failed: [] };
  for (const [index, invoice] of invoices.entries()) {
    onProgress?.(index);
    try {
      await action(invoice);
      outcome.done++;
    } catch (error) {
      outcome.failed.push({
        name: invoice.number ?? `the invoice in progress for ${invoice.client.name}`,
        reason: errorMessage(error),
      });
    }
  }
  onProgress?.(invoices.length);
  return outcome;
}
