import { eq } from "drizzle-orm";
import type { Product, UpdateProductBody } from "../../../../shared/api/billing.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { products } from "../../../db/schema/billing.js";
import { notFound } from "../../../lib/errors.js";
import { getProduct } from "./get-product.js";
import { productValues, rethrowDuplicateCode } from "./product-values.js";

/**
 * Edits a product; `active: false` archives it, `true` restores it. An imported product can be
 * edited too: the next import from the accounting system sets the fields that changed there.
 */
export async function updateProduct(
  scope: CompanyScope,
  id: string,
  input: UpdateProductBody,
  now: Date,
): Promise<Product> {
  const values = await productValues(scope, input);
  if (input.active !== undefined) values.active = input.active;
  let updated: { id: string }[];
  try {
    updated = await scope
      .update(products, { ...values, updatedAt: now }, eq(products.id, id))
      .returning({ id: products.id });
  } catch (error) {
    rethrowDuplicateCode(error, input.code);
  }
  if (updated.length === 0) throw notFound("The product");
  return getProduct(scope, id);
}
