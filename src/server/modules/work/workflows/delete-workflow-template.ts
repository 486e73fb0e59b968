import { and, eq, isNull } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { clientWorkflows, workflowTemplates } from "../../../db/schema/workflows.js";
import { AppError } from "../../../lib/errors.js";
import { findTemplateRow } from "./get-workflow-template.js";

/**
 * Deletes a template of the company's own. Clients that follow it keep their workflow as their own
 * copy, so their recurring work does not stop unnoticed; remove it from a client to stop it.
 */
export async function deleteWorkflowTemplate(scope: CompanyScope, { id, now }: { id: string; now: Date }) {
  const row = await findTemplateRow(scope, id);
  if (row.builtIn) {
    throw new AppError("conflict", "A built-in template cannot be deleted: hide it instead.");
  }
  await scope.transaction(async (tx) => {
    // Held until the end, so a client given the template meanwhile is copied too.
    await tx.db
      .select({ id: workflowTemplates.id })
      .from(workflowTemplates)
      .where(eq(workflowTemplates.id, id))
      .for("update");
    await tx.update(
      clientWorkflows,
      { tasks: row.tasks, updatedAt: now },
      and(eq(clientWorkflows.templateId, id), isNull(clientWorkflows.tasks)),
    );
    await tx.delete(workflowTemplates, eq(workflowTemplates.id, id));
  });
}
