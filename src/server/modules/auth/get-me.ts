import { eq } from "drizzle-orm";
import type { Me } from "../../../shared/api/auth.js";
import type { Db } from "../../db/client.js";
import { companies } from "../../db/schema/companies.js";
import { users } from "../../db/schema/users.js";
import { notFound } from "../../lib/errors.js";

export async function getMe(db: Db, userId: string): Promise<Me> {
  const [row] = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      companyId: companies.id,
      companyName: companies.name,
      plan: companies.plan,
    })
    .from(users)
    .innerJoin(companies, eq(companies.id, users.companyId))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) throw notFound("Your account");
  return {
    user: { id: row.userId, name: row.name, email: row.email },
    role: row.role,
    company: { id: row.companyId, name: row.companyName, plan: row.plan },
  };
}
