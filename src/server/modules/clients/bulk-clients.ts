import { inArray } from "drizzle-orm";
import type { BulkClientsBody, BulkClientsResult } from "../../../shared/api/clients.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { clients } from "../../db/schema/clients.js";
import { AppError } from "../../lib/errors.js";
import { assertResponsiblePerson, rethrowRemovedMember } from "./responsible-person.js";

/**
 * Archives the chosen clients, or makes a member responsible for them, all or none: a client
 * that is not the company's (or no longer exists) refuses the whole action. Anyone who may edit
 * and archive one client (every member) may do it to many.
 */
export async function bulkClients(
  scope: CompanyScope,
  input: BulkClientsBody,
  now: Date,
): Promise<BulkClientsResult> {
  const ids = [...new Set(input.ids)];
  const responsible = input.responsibleUserId ?? null;
  if (input.action === "assign") await assertResponsiblePerson(scope, responsible);
  return scope.transaction(async (tx) => {
    const found = await tx.db
      .select({
        id: clients.id,
        archivedAt: clients.archivedAt,
        responsibleUserId: clients.responsibleUserId,
      })
      .from(clients)
      .where(tx.where(clients, inArray(clients.id, ids)))
      .for("update");
    if (found.length < ids.length) {
      const known = new Set(found.map((c) => c.id));
      const missing = ids.filter((id) => !known.has(id));
      const which =
        missing.length === 1 ? "One of the chosen clients is" : `${missing.length} of the chosen clients are`;
      throw new AppError(
        "not_found",
        `${which} not in your client list (removed meanwhile?). Nothing was changed: reload the list and try again.`,
        { notFound: missing },
      );
    }
    const toChange = found
      .filter((c) =>
        input.action === "archive" ? c.archivedAt === null : c.responsibleUserId !== responsible,
      )
      .map((c) => c.id);
    if (toChange.length > 0) {
      const set =
        input.action === "archive"
          ? { archivedAt: now, updatedAt: now }
          : { responsibleUserId: responsible, updatedAt: now };
      await tx.update(clients, set, inArray(clients.id, toChange)).catch((error: unknown) => {
        rethrowRemovedMember(error);
        throw error;
      });
    }
    return { action: input.action, clients: ids.length, changed: toChange.length };
  });
}
