import { eq } from "drizzle-orm";
import type { CompanyScope } from "../../db/company-scope.js";
import { isForeignKeyViolation } from "../../db/errors.js";
import { users } from "../../db/schema/users.js";
import { AppError } from "../../lib/errors.js";

const NOT_A_MEMBER = "The responsible person must be a member of your company. Choose one from the list.";
const notAMember = () =>
  new AppError("validation_failed", NOT_A_MEMBER, [{ field: "responsibleUserId", message: NOT_A_MEMBER }]);

/** A responsible person is a member of the client's company (nobody, null, is fine too). */
export async function assertResponsiblePerson(
  scope: CompanyScope,
  userId: string | null | undefined,
): Promise<void> {
  if (!userId) return;
  if (await scope.first(users, eq(users.id, userId))) return;
  throw notAMember();
}

/** The member was removed between the check and the write: the same answer as the check's. */
export function rethrowRemovedMember(error: unknown): void {
  if (isForeignKeyViolation(error, "clients_responsible_user_id_users_id_fk")) throw notAMember();
}
