import { count, eq } from "drizzle-orm";
import type { Company } from "../../../shared/api/company.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { companies } from "../../db/schema/companies.js";
import { users } from "../../db/schema/users.js";
import { notFound } from "../../lib/errors.js";

export async function getCompanyRow(scope: CompanyScope) {
  const [row] = await scope.db.select().from(companies).where(eq(companies.id, scope.companyId)).limit(1);
  if (!row) throw notFound("Your company");
  return row;
}

export async function getCompany(scope: CompanyScope): Promise<Company> {
  const [row, [members]] = await Promise.all([
    getCompanyRow(scope),
    scope.db.select({ n: count() }).from(users).where(scope.where(users)),
  ]);
  return {
    id: row.id,
    name: row.name,
    plan: row.plan,
    createdAt: row.createdAt.toISOString(),
    memberCount: members?.n ?? 0,
  };
}
