import type { CreateProductBody, UpdateProductBody } from "../../../../shared/api/billing.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { isUniqueViolation } from "../../../db/errors.js";
import { type products, resourceCodes, vatRates } from "../../../db/schema/billing.js";
import { AppError } from "../../../lib/errors.js";
import { loadCompanyRows, referenceNotFound } from "../company-rows.js";

type ProductValues = Partial<Omit<typeof products.$inferInsert, "id" | "companyId">>;

/** API fields → columns, only those present; a VAT rate or resource code must be the company's. */
export async function productValues(
  scope: CompanyScope,
  input: CreateProductBody | UpdateProductBody,
): Promise<ProductValues> {
  const [vat, codes] = await Promise.all([
    loadCompanyRows(scope, vatRates, [input.vatRateId]),
    loadCompanyRows(scope, resourceCodes, [input.resourceCodeId]),
  ]);
  if (input.vatRateId && !vat.has(input.vatRateId)) throw referenceNotFound("The VAT rate", "vatRateId");
  if (input.resourceCodeId && !codes.has(input.resourceCodeId))
    throw referenceNotFound("The resource code", "resourceCodeId");
  const values: ProductValues = {};
  if (input.code !== undefined) values.code = input.code;
  if (input.name !== undefined) values.name = input.name;
  if (input.description !== undefined) values.description = input.description;
  if (input.unit !== undefined) values.unit = input.unit;
  if (input.unitPrice !== undefined) values.unitPrice = input.unitPrice;
  if (input.vatRateId !== undefined) values.vatRateId = input.vatRateId;
  if (input.resourceCodeId !== undefined) values.resourceCodeId = input.resourceCodeId;
  return values;
}

/** A product code is unique within a company; the database says so, this says it in words. */
export function rethrowDuplicateCode(error: unknown, code: string | undefined): never {
  if (isUniqueViolation(error, "products_code_key")) {
    const message = `Another product already has the code ${code ?? ""}. Use a different code.`;
    throw new AppError("conflict", message, [{ field: "code", message }]);
  }
  throw error;
}
