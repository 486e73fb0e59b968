import { eq } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { contractTemplates } from "../../../db/schema/contracts.js";
import { notFound } from "../../../lib/errors.js";

/** Deletes a template; the clients that followed it keep their contracts as their own. */
export async function deleteContractTemplate(scope: CompanyScope, { id }: { id: string }): Promise<void> {
  const deleted = await scope
    .delete(contractTemplates, eq(contractTemplates.id, id))
    .returning({ id: contractTemplates.id });
  if (deleted.length === 0) throw notFound("The contract template");
}
