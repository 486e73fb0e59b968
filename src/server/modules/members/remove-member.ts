import { eq } from "drizzle-orm";
import type { Auth } from "../../app-env.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { users } from "../../db/schema/users.js";
import { AppError, notFound } from "../../lib/errors.js";

/** Removes a person from the company; their sessions and API tokens go with them. */
export async function removeMember(scope: CompanyScope, actor: Auth, userId: string): Promise<void> {
  const target = await scope.first(users, eq(users.id, userId));
  if (!target) throw notFound("The member");
  if (target.role === "owner") {
    throw new AppError("conflict", "The Company Owner cannot be removed. Transfer ownership first.");
  }
  if (target.id === actor.userId) {
    throw new AppError("conflict", "You cannot remove yourself. Ask the Company Owner or another Admin.");
  }
  await scope.delete(users, eq(users.id, userId));
}
