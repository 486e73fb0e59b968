import type { TemplateTaskInput, WorkflowTemplate } from "../../../../shared/api/workflows.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { workflowTemplates } from "../../../db/schema/workflows.js";
import { getWorkflowTemplate } from "./get-workflow-template.js";
import { toTemplateTaskRows } from "./template-tasks.js";

export interface CreateWorkflowTemplateInput {
  template: { name: string; description?: string | null; tasks: TemplateTaskInput[] };
  now: Date;
}

export async function createWorkflowTemplate(
  scope: CompanyScope,
  { template, now }: CreateWorkflowTemplateInput,
): Promise<WorkflowTemplate> {
  const tasks = await toTemplateTaskRows(scope, template.tasks);
  const [row] = await scope
    .insert(workflowTemplates, {
      name: template.name,
      description: template.description ?? null,
      tasks,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: workflowTemplates.id });
  return getWorkflowTemplate(scope, row!.id);
}
