import { eq } from "drizzle-orm";
import type { ClientDetail, UpdateClientBody } from "../../../shared/api/clients.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { clients } from "../../db/schema/clients.js";
import { notFound } from "../../lib/errors.js";
import { checkClientValues } from "./client-checks.js";
import { clientValues } from "./client-values.js";
import { rethrowDuplicateRegistryCode } from "./duplicate-registry-code.js";
import { getClient } from "./get-client.js";
import { assertResponsiblePerson, rethrowRemovedMember } from "./responsible-person.js";

/** Edits a client's card; `archived` archives or restores it. */
export async function updateClient(
  scope: CompanyScope,
  id: string,
  input: UpdateClientBody,
  now: Date,
): Promise<ClientDetail> {
  const saved = await scope.first(clients, eq(clients.id, id));
  if (!saved) throw notFound("The client");
  const values = checkClientValues(clientValues(input), saved);
  if (input.responsibleUserId !== saved.responsibleUserId) {
    await assertResponsiblePerson(scope, input.responsibleUserId);
  }
  if (input.archived !== undefined) values.archivedAt = input.archived ? now : null;
  let updated: { id: string }[];
  try {
    updated = await scope
      .update(clients, { ...values, updatedAt: now }, eq(clients.id, id))
      .returning({ id: clients.id });
  } catch (error) {
    rethrowRemovedMember(error);
    rethrowDuplicateRegistryCode(error, input.registryCode);
  }
  if (updated.length === 0) throw notFound("The client");
  return getClient(scope, id);
}
