import { asc } from "drizzle-orm";
import type { Currency, Product, ResourceCode, VatRate } from "../../../shared/api/billing.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { currencies, resourceCodes, vatRates } from "../../db/schema/billing.js";
import { fixed } from "./numeric-text.js";
import { selectProducts } from "./products/product-view.js";

export async function listVatRates(scope: CompanyScope): Promise<VatRate[]> {
  const rows = await scope.db
    .select()
    .from(vatRates)
    .where(scope.where(vatRates))
    .orderBy(asc(vatRates.name));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    rate: fixed(r.rate, 4),
    taxType: r.taxType,
    active: r.active,
    readOnly: r.readOnly,
  }));
}

export async function listResourceCodes(scope: CompanyScope): Promise<ResourceCode[]> {
  const rows = await scope.db
    .select()
    .from(resourceCodes)
    .where(scope.where(resourceCodes))
    .orderBy(asc(resourceCodes.code));
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, active: r.active }));
}

export async function listProducts(scope: CompanyScope): Promise<Product[]> {
  return selectProducts(scope);
}

export async function listCurrencies(scope: CompanyScope): Promise<Currency[]> {
  const rows = await scope.db
    .select()
    .from(currencies)
    .where(scope.where(currencies))
    .orderBy(asc(currencies.code));
  return rows.map((r) => ({ code: r.code, description: r.description }));
}
