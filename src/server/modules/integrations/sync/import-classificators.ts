import { eq } from "drizzle-orm";
import type { ClassificatorImport } from "../../../../shared/api/imports.js";
import { Decimal } from "../../../../shared/money/decimal.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { currencies, resourceCodes, vatRates } from "../../../db/schema/billing.js";
import { importRuns } from "../../../db/schema/imports.js";
import { syncRecords } from "../../../db/schema/sync-records.js";
import type { AccountingProvider, RefusedRecord } from "../accounting-provider.js";
import type { Integrations } from "../integrations.js";
import { requireBillingOrganisation } from "./billing-organisation.js";
import { importProducts } from "./import-products.js";
import type { RunRow } from "./import-runs.js";
import { heldBy, holdRun } from "./run-lease.js";

type Counts = { created: number; updated: number; unchanged: number };
type Summary = NonNullable<ClassificatorImport["summary"]>;
const counts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

type Refusal = NonNullable<Summary["refused"]>[number];

function refusals(kind: Refusal["kind"], refused: RefusedRecord[]): Refusal[] {
  return refused.map((r) => ({ kind, code: r.externalId, name: r.name, reason: r.reason }));
}

/** Only what differs is written: re-importing unchanged data writes nothing. */
function differs<T extends Record<string, unknown>>(row: T, values: Partial<T>): boolean {
  return Object.entries(values).some(([k, v]) => row[k] !== v);
}

/**
 * Xero's tax rates → VAT rates (read-only; deleted or archived ones kept, inactive), revenue
 * accounts → resource codes, sold items → products, currencies → invoice currencies. All four
 * are read first, then written in one transaction, so the result is all or nothing. A record
 * Kontor cannot take (an unreadable one, a rate that is no percentage) is left out and listed in
 * the summary with the reason.
 */
export async function importClassificators(
  scope: CompanyScope,
  run: RunRow,
  provider: AccountingProvider,
  integrations: Integrations,
  clock: { now(): Date },
): Promise<void> {
  const { grant } = await requireBillingOrganisation(scope, provider.id);
  const tokens = integrations.tokens.for(grant.id);
  const org = run.organisationId;
  const [taxRateList, accountList, itemList, currencyList] = await Promise.all([
    provider.listTaxRates(tokens, org),
    provider.listRevenueAccounts(tokens, org),
    provider.listProducts(tokens, org),
    provider.listCurrencies(tokens, org),
  ]);
  const [taxRates, accounts, items, currencyItems] = [
    taxRateList.items,
    accountList.items,
    itemList.items,
    currencyList.items,
  ];
  const now = clock.now();
  const summary: Summary = {
    vatRates: counts(),
    resourceCodes: counts(),
    products: counts(),
    currencies: counts(),
    // What the accounting system sent that Kontor could not take: listed with why, the rest imported.
    refused: [
      ...refusals("vatRate", taxRateList.refused),
      ...refusals("resourceCode", accountList.refused),
      ...refusals("product", itemList.refused),
      ...refusals("currency", currencyList.refused),
    ],
  };

  await scope.transaction(async (tx) => {
    await holdRun(tx, run);
    const link = async (entity: "vat_rate" | "resource_code", localId: string, remoteId: string) => {
      const existing = await tx.first(
        syncRecords,
        eq(syncRecords.provider, provider.id),
        eq(syncRecords.entity, entity),
        eq(syncRecords.localId, localId),
      );
      if (existing?.remoteId === remoteId) return;
      await tx.delete(
        syncRecords,
        eq(syncRecords.provider, provider.id),
        eq(syncRecords.entity, entity),
        eq(syncRecords.localId, localId),
      );
      await tx.insert(syncRecords, {
        provider: provider.id,
        organisationId: org,
        entity,
        localId,
        remoteId,
        syncedAt: now,
      });
    };

    const vatByType = new Map<string, string>();
    // Expense-only rates cannot go on a sales invoice: they are not offered as VAT rates.
    for (const rate of taxRates.filter((r) => r.forSales)) {
      const values = { name: rate.name, rate: rate.rate, active: rate.active, readOnly: true };
      const row = await tx.first(vatRates, eq(vatRates.taxType, rate.externalId));
      if (!row) {
        const [created] = await tx
          .insert(vatRates, { ...values, taxType: rate.externalId, createdAt: now, updatedAt: now })
          .returning();
        vatByType.set(rate.externalId, created!.id);
        summary.vatRates.created++;
      } else {
        vatByType.set(rate.externalId, row.id);
        // The rate compared as a decimal ("20" equals "20.0000"), the rest as they are.
        const sameRate = Decimal.parse(row.rate).equals(Decimal.parse(rate.rate));
        if (!sameRate || differs({ ...row, rate: rate.rate }, values)) {
          await tx.update(vatRates, { ...values, updatedAt: now }, eq(vatRates.id, row.id));
          summary.vatRates.updated++;
        } else summary.vatRates.unchanged++;
      }
      await link("vat_rate", vatByType.get(rate.externalId)!, rate.externalId);
    }

    const codeIds = new Map<string, string>();
    for (const account of accounts) {
      const values = { name: account.name, active: account.active };
      const row = await tx.first(resourceCodes, eq(resourceCodes.code, account.code));
      if (!row) {
        const [created] = await tx
          .insert(resourceCodes, { ...values, code: account.code, createdAt: now, updatedAt: now })
          .returning();
        codeIds.set(account.code, created!.id);
        summary.resourceCodes.created++;
      } else {
        codeIds.set(account.code, row.id);
        if (differs(row, values)) {
          await tx.update(resourceCodes, { ...values, updatedAt: now }, eq(resourceCodes.id, row.id));
          summary.resourceCodes.updated++;
        } else summary.resourceCodes.unchanged++;
      }
      await link("resource_code", codeIds.get(account.code)!, account.externalId);
    }

    await importProducts({
      tx,
      provider: provider.id,
      organisationId: org,
      items,
      resourceCodeIds: codeIds,
      vatRateIds: vatByType,
      summary,
      now,
    });

    for (const currency of currencyItems) {
      const row = await tx.first(currencies, eq(currencies.code, currency.code));
      if (!row) {
        await tx.insert(currencies, {
          code: currency.code,
          description: currency.description,
          createdAt: now,
        });
        summary.currencies.created++;
      } else if (row.description !== currency.description) {
        await tx.update(
          currencies,
          { description: currency.description },
          eq(currencies.code, currency.code),
        );
        summary.currencies.updated++;
      } else summary.currencies.unchanged++;
    }

    await tx.update(importRuns, { status: "done", summary, updatedAt: now, finishedAt: now }, heldBy(run));
  });
}
