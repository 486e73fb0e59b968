import { eq } from "drizzle-orm";
import type { Auth } from "../../app-env.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { users } from "../../db/schema/users.js";
import { AppError, notFound } from "../../lib/errors.js";

/** Hands ownership to another member; the previous Owner becomes a Company Admin. One Owner at all times. */
export async function transferOwnership(scope: CompanyScope, actor: Auth, userId: string): Promise<void> {
  if (actor.role !== "owner")
    throw new AppError("forbidden", "Only the Company Owner can transfer ownership.");
  if (userId === actor.userId) throw new AppError("conflict", "You are already the Company Owner.");
  await scope.transaction(async (tx) => {
    const current = await tx.first(users, eq(users.id, actor.userId));
    if (current?.role !== "owner")
      throw new AppError("forbidden", "Only the Company Owner can transfer ownership.");
    const target = await tx.first(users, eq(users.id, userId));
    if (!target) throw notFound("The member");
    // Demote first: the unique index allows one Owner per company at any moment.
    await tx.update(users, { role: "admin" }, eq(users.id, actor.userId));
    await tx.update(users, { role: "owner" }, eq(users.id, userId));
  });
}
