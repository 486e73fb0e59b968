import { sql } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { billingSettings } from "../../../db/schema/invoices.js";
import type { BillingSettingsRow } from "../settings/billing-settings-row.js";

export interface TakenNumber {
  number: string;
  sequence: number;
  /** The settings as they are at this moment (the firm's details for the snapshot). */
  settings: BillingSettingsRow;
}

/**
 * Takes the company's next invoice number. Call inside the issuing transaction: the upsert
 * locks the company's settings row until commit, so concurrent issues queue here and each gets
 * the next number; a rolled-back issue gives its number back. No gaps, no duplicates.
 */
export async function takeInvoiceNumber(tx: CompanyScope): Promise<TakenNumber> {
  const [row] = await tx.db
    .insert(billingSettings)
    .values({ companyId: tx.companyId, nextNumber: 2 })
    .onConflictDoUpdate({
      target: billingSettings.companyId,
      set: { nextNumber: sql`${billingSettings.nextNumber} + 1` },
    })
    .returning();
  const sequence = row!.nextNumber - 1;
  return { number: `${row!.numberPrefix}${sequence}`, sequence, settings: row! };
}
