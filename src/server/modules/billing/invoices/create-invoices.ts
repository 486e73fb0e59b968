import { randomUUID } from "node:crypto";
import type { CompanyScope } from "../../../db/company-scope.js";
import { invoiceLines, invoices } from "../../../db/schema/invoices.js";
import { type InvoiceDraft, type PreparedInvoice, prepareInvoices } from "./prepare-invoices.js";

export interface CreateInvoicesInput {
  invoices: readonly InvoiceDraft[];
  /** Who makes them (null: Kontor itself, e.g. the billing schedule). */
  userId: string | null;
  now: Date;
}

/** Rows per INSERT, well under PostgreSQL's 65,535 parameters per statement. */
const INVOICES_PER_INSERT = 1000;
const LINES_PER_INSERT = 2000;

/**
 * Creates In progress invoices, all or none, in one transaction (a savepoint inside the
 * caller's when `scope` is already a transaction's, so a billing run can claim its periods in
 * the same commit). Answers their ids in the order given. Errors name fields as
 * `invoices.<i>.lines.<j>.<field>`.
 */
export async function createInvoices(
  scope: CompanyScope,
  { invoices: drafts, userId, now }: CreateInvoicesInput,
): Promise<{ ids: string[] }> {
  if (drafts.length === 0) return { ids: [] };
  const prepared = await prepareInvoices(scope, drafts, {
    userId,
    now,
    fieldPrefix: (i) => `invoices.${i}.`,
  });
  return scope.transaction((tx) => insertPrepared(tx, prepared));
}

/** Writes prepared invoices and their lines; answers the new ids in order. */
export async function insertPrepared(scope: CompanyScope, prepared: PreparedInvoice[]) {
  // Ids made here, so each invoice's lines know theirs without relying on RETURNING's order.
  const ids = prepared.map(() => randomUUID());
  for (let start = 0; start < prepared.length; start += INVOICES_PER_INSERT) {
    const chunk = prepared.slice(start, start + INVOICES_PER_INSERT);
    await scope.insertMany(
      invoices,
      chunk.map((p, i) => ({ ...p.invoice, id: ids[start + i]! })),
    );
  }
  const lines = prepared.flatMap((p, i) => p.lines.map((line) => ({ ...line, invoiceId: ids[i]! })));
  for (let start = 0; start < lines.length; start += LINES_PER_INSERT) {
    await scope.insertMany(invoiceLines, lines.slice(start, start + LINES_PER_INSERT));
  }
  return { ids };
}
