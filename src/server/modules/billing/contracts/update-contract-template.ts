import { eq } from "drizzle-orm";
import type { ContractTemplate, UpdateContractTemplateBody } from "../../../../shared/api/contracts.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { contractTemplates } from "../../../db/schema/contracts.js";
import { notFound } from "../../../lib/errors.js";
import { checkLines, replaceLines } from "./contract-lines.js";
import {
  followers,
  followTemplate,
  getContractTemplate,
  rethrowDuplicateName,
} from "./contract-templates.js";

export interface UpdateContractTemplateInput {
  id: string;
  changes: UpdateContractTemplateBody;
  userId: string;
  now: Date;
}

/** Changes a template; the clients following it get the new billing day and lines at once. */
export async function updateContractTemplate(
  scope: CompanyScope,
  { id, changes, userId, now }: UpdateContractTemplateInput,
): Promise<ContractTemplate> {
  await scope
    .transaction(async (tx) => {
      if (changes.lines) await checkLines(tx, changes.lines);
      const updated = await tx
        .update(
          contractTemplates,
          {
            ...(changes.name !== undefined ? { name: changes.name } : {}),
            ...(changes.billingDay !== undefined ? { billingDay: changes.billingDay } : {}),
            updatedAt: now,
          },
          eq(contractTemplates.id, id),
        )
        .returning({ id: contractTemplates.id });
      if (updated.length === 0) throw notFound("The contract template");
      if (changes.lines) await replaceLines(tx, { templateId: id }, changes.lines);
      if (changes.lines || changes.billingDay !== undefined) {
        await followTemplate(tx, { templateId: id, clientIds: await followers(tx, id), userId, now });
      }
    })
    .catch((error) => rethrowDuplicateName(error, changes.name));
  return getContractTemplate(scope, id);
}
