import type { CreateInvoiceBody, Invoice } from "../../../../shared/api/invoices.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { insertPrepared } from "./create-invoices.js";
import { getInvoice } from "./get-invoice.js";
import { prepareInvoices } from "./prepare-invoices.js";

export interface CreateInvoiceInput {
  invoice: CreateInvoiceBody;
  userId: string;
  now: Date;
}

/** New invoice (In progress): defaults and prices as prepareInvoices describes. */
export async function createInvoice(
  scope: CompanyScope,
  { invoice, userId, now }: CreateInvoiceInput,
): Promise<Invoice> {
  const { reference, ...draft } = invoice;
  const prepared = await prepareInvoices(scope, [{ ...draft, reference: reference ?? null }], {
    userId,
    now,
  });
  const { ids } = await scope.transaction((tx) => insertPrepared(tx, prepared));
  return getInvoice(scope, ids[0]!);
}
