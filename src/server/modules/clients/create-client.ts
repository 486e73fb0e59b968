import type { ClientDetail, CreateClientBody } from "../../../shared/api/clients.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { clients } from "../../db/schema/clients.js";
import { checkClientValues } from "./client-checks.js";
import { clientValues } from "./client-values.js";
import { refuseDuplicateName } from "./duplicate-client-name.js";
import { rethrowDuplicateRegistryCode } from "./duplicate-registry-code.js";
import { getClient } from "./get-client.js";
import { assertResponsiblePerson, rethrowRemovedMember } from "./responsible-person.js";

export async function createClient(
  scope: CompanyScope,
  input: CreateClientBody,
  userId: string,
  now: Date,
): Promise<ClientDetail> {
  const values = checkClientValues(clientValues(input), null);
  await assertResponsiblePerson(scope, input.responsibleUserId);
  if (!input.allowDuplicateName) await refuseDuplicateName(scope, input.name);
  let id: string;
  try {
    const [row] = await scope
      .insert(clients, {
        ...values,
        name: input.name,
        createdBy: userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: clients.id });
    id = row!.id;
  } catch (error) {
    rethrowRemovedMember(error);
    rethrowDuplicateRegistryCode(error, input.registryCode);
  }
  return getClient(scope, id);
}
