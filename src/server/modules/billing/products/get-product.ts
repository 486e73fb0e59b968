import { eq } from "drizzle-orm";
import type { Product } from "../../../../shared/api/billing.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { products } from "../../../db/schema/billing.js";
import { notFound } from "../../../lib/errors.js";
import { selectProducts } from "./product-view.js";

export async function getProduct(scope: CompanyScope, id: string): Promise<Product> {
  const [product] = await selectProducts(scope, eq(products.id, id));
  if (!product) throw notFound("The product");
  return product;
}
