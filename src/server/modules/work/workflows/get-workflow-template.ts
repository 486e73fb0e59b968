import { eq } from "drizzle-orm";
import type { WorkflowTemplate } from "../../../../shared/api/workflows.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { workflowTemplates } from "../../../db/schema/workflows.js";
import { notFound } from "../../../lib/errors.js";
import { workflowTemplateViews } from "./template-view.js";

/** One template row, or 404 (another company's included). */
export async function findTemplateRow(
  scope: CompanyScope,
  id: string,
): Promise<typeof workflowTemplates.$inferSelect> {
  const row = await scope.first(workflowTemplates, eq(workflowTemplates.id, id));
  if (!row) throw notFound("That workflow template");
  return row;
}

export async function getWorkflowTemplate(scope: CompanyScope, id: string): Promise<WorkflowTemplate> {
  const [view] = await workflowTemplateViews(scope, [await findTemplateRow(scope, id)]);
  return view!;
}
