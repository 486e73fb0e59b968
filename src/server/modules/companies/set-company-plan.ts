import { asc, eq, sql } from "drizzle-orm";
import { PLANS, type Plan } from "../../../shared/plans.js";
import type { Db } from "../../db/client.js";
import { companies } from "../../db/schema/companies.js";
import { AppError } from "../../lib/errors.js";

/** Operator action: puts a company, found by its name (any case), on a plan. */
export async function setCompanyPlan(db: Db, companyName: string, plan: string) {
  if (!(PLANS as readonly string[]).includes(plan)) {
    throw new AppError("bad_request", `Unknown plan "${plan}". Plans: ${PLANS.join(", ")}.`);
  }
  const [updated] = await db
    .update(companies)
    .set({ plan: plan as Plan })
    .where(eq(sql`lower(${companies.name})`, companyName.trim().toLowerCase()))
    .returning({ id: companies.id, name: companies.name, plan: companies.plan });
  if (!updated) {
    throw new AppError(
      "not_found",
      `No company is named "${companyName}". List them with: npm run kontor -- companies`,
    );
  }
  return updated;
}

export async function listCompanies(db: Db) {
  return db
    .select({ name: companies.name, plan: companies.plan, createdAt: companies.createdAt })
    .from(companies)
    .orderBy(asc(sql`lower(${companies.name})`));
}
