import { eq } from "drizzle-orm";
import type { CompanyScope } from "../../db/company-scope.js";
import { isUniqueViolation } from "../../db/errors.js";
import { companies } from "../../db/schema/companies.js";
import { AppError } from "../../lib/errors.js";

export async function renameCompany(scope: CompanyScope, name: string): Promise<void> {
  try {
    await scope.db.update(companies).set({ name }).where(eq(companies.id, scope.companyId));
  } catch (error) {
    if (isUniqueViolation(error, "companies_name_key")) {
      throw new AppError("company_name_taken", "Another company in Kontor already has this name.", [
        { field: "name", message: "Already taken." },
      ]);
    }
    throw error;
  }
}
