import { and, eq, sql } from "drizzle-orm";
import type { ClientWorkflow, TemplateTaskInput } from "../../../../shared/api/workflows.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { clientWorkflows } from "../../../db/schema/workflows.js";
import { AppError, notFound } from "../../../lib/errors.js";
import { clientWorkflowViews } from "./client-workflow-view.js";
import { generateWorkflowTasks } from "./generate-workflow-tasks.js";
import { toTemplateTaskRows } from "./template-tasks.js";

export interface UpdateClientWorkflowInput {
  clientId: string;
  workflowId: string;
  /** The client's own copy of the tasks, or null to follow the template again. */
  tasks: TemplateTaskInput[] | null;
  now: Date;
}

/**
 * Changes one client's workflow without touching the template. Its tasks from today on follow the
 * change at once; tasks already made stay as they are.
 */
export async function updateClientWorkflow(
  scope: CompanyScope,
  { clientId, workflowId, tasks, now }: UpdateClientWorkflowInput,
): Promise<ClientWorkflow> {
  const where = and(eq(clientWorkflows.id, workflowId), eq(clientWorkflows.clientId, clientId));
  const workflow = await scope.first(clientWorkflows, where);
  if (!workflow) throw notFound("That workflow");
  if (tasks === null && workflow.templateId === null) {
    throw new AppError(
      "conflict",
      "Its template was deleted, so this client's copy is all there is: change it, or remove the workflow.",
    );
  }
  const own = tasks === null ? null : await toTemplateTaskRows(scope, tasks);
  const version = sql`${clientWorkflows.version} + 1` as unknown as number;
  await scope.update(clientWorkflows, { tasks: own, version, updatedAt: now }, where);
  await generateWorkflowTasks(scope, { now, workflowIds: [workflowId] });
  const [view] = await clientWorkflowViews(scope, { clientId, workflowId, now });
  return view!;
}
