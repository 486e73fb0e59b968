import type { CompanyScope } from "../../../db/company-scope.js";
import { clients } from "../../../db/schema/clients.js";
import { loadCompanyRows, referenceNotFound } from "../company-rows.js";
import { followTemplate } from "./contract-templates.js";

export interface ApplyContractTemplateInput {
  templateId: string;
  clientIds: readonly string[];
  userId: string;
  now: Date;
}

/**
 * Gives these clients the template's contract (replacing their own lines), all or none: a
 * client that is not the company's is a 404 naming it, and nothing changes.
 */
export async function applyContractTemplate(
  scope: CompanyScope,
  { templateId, clientIds, userId, now }: ApplyContractTemplateInput,
): Promise<{ applied: number }> {
  const unique = [...new Set(clientIds)];
  await scope.transaction(async (tx) => {
    const found = await loadCompanyRows(tx, clients, unique);
    const missing = clientIds.findIndex((id) => !found.has(id));
    if (missing >= 0) throw referenceNotFound("The client", `clientIds.${missing}`);
    await followTemplate(tx, { templateId, clientIds: unique, userId, now });
  });
  return { applied: unique.length };
}
