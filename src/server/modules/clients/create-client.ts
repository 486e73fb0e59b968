import type { ClientDetail, CreateClientBody } from "../../../shared/api/clients.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { clients } from "../../db/schema/clients.js";
import { clientValues } from "./client-values.js";
import { rethrowDuplicateRegistryCode } from "./duplicate-registry-code.js";
import { getClient } from "./get-client.js";

export async function createClient(
  scope: CompanyScope,
  input: CreateClientBody,
  userId: string,
  now: Date,
): Promise<ClientDetail> {
  let id: string;
  try {
    const [row] = await scope
      .insert(clients, {
        ...clientValues(input),
        name: input.name,
        createdBy: userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: clients.id });
    id = row!.id;
  } catch (error) {
    rethrowDuplicateRegistryCode(error, input.registryCode);
  }
  return getClient(scope, id);
}
