import { asc, eq } from "drizzle-orm";
import type { Currency, Product, ResourceCode, VatRate } from "../../../shared/api/billing.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { currencies, products, resourceCodes, vatRates } from "../../db/schema/billing.js";

const fixed4 = (value: string | null) => (value === null ? null : Number(value).toFixed(4));

export async function listVatRates(scope: CompanyScope): Promise<VatRate[]> {
  const rows = await scope.db
    .select()
    .from(vatRates)
    .where(scope.where(vatRates))
    .orderBy(asc(vatRates.name));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    rate: fixed4(r.rate)!,
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
  const rows = await scope.db
    .select({ product: products, code: resourceCodes, vat: vatRates })
    .from(products)
    .leftJoin(resourceCodes, eq(resourceCodes.id, products.resourceCodeId))
    .leftJoin(vatRates, eq(vatRates.id, products.vatRateId))
    .where(scope.where(products))
    .orderBy(asc(products.code));
  return rows.map(({ product: p, code, vat }) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    description: p.description,
    unitPrice: fixed4(p.unitPrice),
    resourceCode: code ? { id: code.id, code: code.code } : null,
    vatRate: vat ? { id: vat.id, name: vat.name } : null,
    active: p.active,
  }));
}

export async function listCurrencies(scope: CompanyScope): Promise<Currency[]> {
  const rows = await scope.db
    .select()
    .from(currencies)
    .where(scope.where(currencies))
    .orderBy(asc(currencies.code));
  return rows.map((r) => ({ code: r.code, description: r.description }));
}
