import { and, asc, eq, type SQL } from "drizzle-orm";
import type { Product } from "../../../../shared/api/billing.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { products, resourceCodes, vatRates } from "../../../db/schema/billing.js";
import { syncRecords } from "../../../db/schema/sync-records.js";
import { fixedOrNull } from "../numeric-text.js";

/** Products as the API shows them, with resource code, VAT rate and Xero link; ordered by code. */
export async function selectProducts(scope: CompanyScope, ...conditions: SQL[]): Promise<Product[]> {
  const rows = await scope.db
    .select({ product: products, code: resourceCodes, vat: vatRates, xeroItemId: syncRecords.remoteId })
    .from(products)
    .leftJoin(resourceCodes, eq(resourceCodes.id, products.resourceCodeId))
    .leftJoin(vatRates, eq(vatRates.id, products.vatRateId))
    .leftJoin(
      syncRecords,
      and(
        eq(syncRecords.companyId, products.companyId),
        eq(syncRecords.provider, "xero"),
        eq(syncRecords.entity, "product"),
        eq(syncRecords.localId, products.id),
      ),
    )
    .where(scope.where(products, ...conditions))
    .orderBy(asc(products.code));
  return rows.map(({ product: p, code, vat, xeroItemId }) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    description: p.description,
    unit: p.unit,
    unitPrice: fixedOrNull(p.unitPrice, 4),
    resourceCode: code ? { id: code.id, code: code.code } : null,
    vatRate: vat ? { id: vat.id, name: vat.name } : null,
    active: p.active,
    xero: xeroItemId ? { itemId: xeroItemId } : null,
  }));
}
