import { eq } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { type AlsoBrings, importRuns } from "../../../db/schema/imports.js";
import type { AccessTokens, AccountingProvider } from "../accounting-provider.js";

/** Whether the company has ever imported (or started importing) the classificators. */
export async function hasClassificatorImport(scope: CompanyScope, provider: string): Promise<boolean> {
  const run = await scope.first(
    importRuns,
    eq(importRuns.kind, "classificators"),
    eq(importRuns.provider, provider),
  );
  return run !== undefined;
}

/**
 * The first client import brings the classificators along. Its preview only counts them, to show
 * "also brings in: …"; nothing is written until the import is confirmed.
 */
export async function classificatorsAlong(
  scope: CompanyScope,
  provider: AccountingProvider,
  tokens: AccessTokens,
  organisationId: string,
): Promise<AlsoBrings | null> {
  if (await hasClassificatorImport(scope, provider.id)) return null;
  const [taxRates, accounts, items, currencies] = await Promise.all([
    provider.listTaxRates(tokens, organisationId),
    provider.listRevenueAccounts(tokens, organisationId),
    provider.listProducts(tokens, organisationId),
    provider.listCurrencies(tokens, organisationId),
  ]);
  return {
    // As import-classificators.ts takes them: only rates for sales become VAT rates.
    vatRates: taxRates.items.filter((r) => r.forSales).length,
    resourceCodes: accounts.items.length,
    products: items.items.length,
    currencies: currencies.items.length,
  };
}
