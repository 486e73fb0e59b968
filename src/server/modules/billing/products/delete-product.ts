import { eq } from "drizzle-orm";
import type { DeletedProduct } from "../../../../shared/api/billing.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { isForeignKeyViolation } from "../../../db/errors.js";
import { products } from "../../../db/schema/billing.js";
import { invoiceLines } from "../../../db/schema/invoices.js";
import { syncRecords } from "../../../db/schema/sync-records.js";
import { notFound } from "../../../lib/errors.js";

/**
 * Deletes a product that nothing refers to. One on invoices (or anything else that refers to
 * it) or imported from the accounting system is archived instead: invoices keep showing it,
 * and a deleted imported product would only come back, new, with the next import.
 */
export async function deleteProduct(scope: CompanyScope, id: string, now: Date): Promise<DeletedProduct> {
  const product = await scope.first(products, eq(products.id, id));
  if (!product) throw notFound("The product");
  const [onInvoice, link] = await Promise.all([
    scope.first(invoiceLines, eq(invoiceLines.productId, id)),
    scope.first(syncRecords, eq(syncRecords.entity, "product"), eq(syncRecords.localId, id)),
  ]);
  if (!onInvoice && !link) {
    try {
      await scope.delete(products, eq(products.id, id));
      return { outcome: "deleted", message: `Deleted the product ${product.code}.` };
    } catch (error) {
      // Referred to meanwhile, or by another part of Kontor (a contract): archive it instead.
      if (!isForeignKeyViolation(error)) throw error;
    }
  }
  await scope.update(products, { active: false, updatedAt: now }, eq(products.id, id));
  const why = link
    ? "it was imported from the accounting system, and deleted it would come back, new, with the next import"
    : "it is used on invoices or contracts, which keep showing it";
  return {
    outcome: "archived",
    message: `The product ${product.code} was archived, not deleted: ${why}. It is no longer offered for new lines.`,
  };
}
