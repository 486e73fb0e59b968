import { randomUUID } from "node:crypto";
import type { WorkflowTemplate } from "../../../../shared/api/workflows.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { workflowTemplates } from "../../../db/schema/workflows.js";
import { findTemplateRow, getWorkflowTemplate } from "./get-workflow-template.js";

/** "Copy of …": the same tasks as new series (new keys), the company's own to change. */
export async function cloneWorkflowTemplate(
  scope: CompanyScope,
  { id, now }: { id: string; now: Date },
): Promise<WorkflowTemplate> {
  const source = await findTemplateRow(scope, id);
  const [row] = await scope
    .insert(workflowTemplates, {
      name: `Copy of ${source.name}`.slice(0, 200),
      description: source.description,
      tasks: source.tasks.map((task) => ({ ...task, key: randomUUID() })),
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: workflowTemplates.id });
  return getWorkflowTemplate(scope, row!.id);
}
