import { eq } from "drizzle-orm";
import type { InvitableRole } from "../../../shared/roles.js";
import type { Auth } from "../../app-env.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { users } from "../../db/schema/users.js";
import { AppError, notFound } from "../../lib/errors.js";
import { toMember } from "./list-members.js";

export async function changeMemberRole(
  scope: CompanyScope,
  actor: Auth,
  userId: string,
  role: InvitableRole,
) {
  const target = await scope.first(users, eq(users.id, userId));
  if (!target) throw notFound("The member");
  if (target.role === "owner") {
    throw new AppError("conflict", "The Company Owner's role changes only by transferring ownership.");
  }
  if (target.id === actor.userId) throw new AppError("conflict", "You cannot change your own role.");
  const [updated] = await scope.update(users, { role }, eq(users.id, userId)).returning();
  return toMember(updated!);
}
