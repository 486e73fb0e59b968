import { eq } from "drizzle-orm";
import type { Auth } from "../../app-env.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { isForeignKeyViolation } from "../../db/errors.js";
import { clients } from "../../db/schema/clients.js";
import { syncRecords } from "../../db/schema/sync-records.js";
import { AppError, notFound } from "../../lib/errors.js";

/**
 * Deletes a client for good (Owner only), with its people and its links to the accounting
 * system. A client with invoices can only be archived: the database refuses to delete it.
 */
export async function deleteClient(scope: CompanyScope, auth: Auth, id: string): Promise<void> {
  if (auth.role !== "owner") {
    throw new AppError("forbidden", "Only the Company Owner can delete a client. Archive it instead.");
  }
  try {
    await scope.transaction(async (tx) => {
      const deleted = await tx.delete(clients, eq(clients.id, id)).returning({ id: clients.id });
      if (deleted.length === 0) throw notFound("The client");
      await tx.delete(syncRecords, eq(syncRecords.localId, id), eq(syncRecords.entity, "client"));
    });
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    const client = await scope.first(clients, eq(clients.id, id));
    throw new AppError(
      "conflict",
      `${client?.name ?? "This client"} has invoices, so it cannot be deleted. Archive it instead.`,
    );
  }
}
