import { and, eq, isNull, sql } from "drizzle-orm";
import type { TemplateTaskInput, WorkflowTemplate } from "../../../../shared/api/workflows.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { clientWorkflows, workflowTemplates } from "../../../db/schema/workflows.js";
import { AppError } from "../../../lib/errors.js";
import { generateWorkflowTasks } from "./generate-workflow-tasks.js";
import { findTemplateRow, getWorkflowTemplate } from "./get-workflow-template.js";
import { toTemplateTaskRows } from "./template-tasks.js";

export interface UpdateWorkflowTemplateInput {
  id: string;
  changes: { name?: string; description?: string | null; tasks?: TemplateTaskInput[]; hidden?: boolean };
  now: Date;
}

/**
 * Changes a template. The clients that follow it get its new tasks from today on, at once; tasks
 * already made stay as they are.
 */
export async function updateWorkflowTemplate(
  scope: CompanyScope,
  { id, changes, now }: UpdateWorkflowTemplateInput,
): Promise<WorkflowTemplate> {
  const row = await findTemplateRow(scope, id);
  const { hidden, ...content } = changes;
  if (row.builtIn && Object.values(content).some((v) => v !== undefined)) {
    throw new AppError("conflict", "A built-in template cannot be changed: clone it, then change the copy.");
  }
  const tasks = content.tasks ? await toTemplateTaskRows(scope, content.tasks) : undefined;
  const followers = await scope.transaction(async (tx) => {
    await tx.update(
      workflowTemplates,
      { ...content, tasks, hidden, updatedAt: now },
      eq(workflowTemplates.id, id),
    );
    if (!tasks) return [];
    return tx
      .update(
        clientWorkflows,
        { version: sql`${clientWorkflows.version} + 1` as unknown as number, updatedAt: now },
        and(eq(clientWorkflows.templateId, id), isNull(clientWorkflows.tasks)),
      )
      .returning({ id: clientWorkflows.id });
  });
  // Made now rather than at the next hourly run, so lists show the change at once.
  if (followers.length > 0)
    await generateWorkflowTasks(scope, { now, workflowIds: followers.map((f) => f.id) });
  return getWorkflowTemplate(scope, id);
}
