import type { ContractTemplate, ContractTemplateBody } from "../../../../shared/api/contracts.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { contractTemplates } from "../../../db/schema/contracts.js";
import { checkLines, replaceLines } from "./contract-lines.js";
import { getContractTemplate, rethrowDuplicateName } from "./contract-templates.js";

export async function createContractTemplate(
  scope: CompanyScope,
  { template, now }: { template: ContractTemplateBody; now: Date },
): Promise<ContractTemplate> {
  const id = await scope
    .transaction(async (tx) => {
      await checkLines(tx, template.lines);
      const [row] = await tx
        .insert(contractTemplates, {
          name: template.name,
          billingDay: template.billingDay,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: contractTemplates.id });
      await replaceLines(tx, { templateId: row!.id }, template.lines);
      return row!.id;
    })
    .catch((error) => rethrowDuplicateName(error, template.name));
  return getContractTemplate(scope, id);
}
