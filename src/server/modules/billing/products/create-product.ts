import type { CreateProductBody, Product } from "../../../../shared/api/billing.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { products } from "../../../db/schema/billing.js";
import { getProduct } from "./get-product.js";
import { productValues, rethrowDuplicateCode } from "./product-values.js";

export async function createProduct(
  scope: CompanyScope,
  input: CreateProductBody,
  now: Date,
): Promise<Product> {
  const values = await productValues(scope, input);
  let id: string;
  try {
    const [row] = await scope
      .insert(products, { ...values, code: input.code, name: input.name, createdAt: now, updatedAt: now })
      .returning({ id: products.id });
    id = row!.id;
  } catch (error) {
    rethrowDuplicateCode(error, input.code);
  }
  return getProduct(scope, id);
}
