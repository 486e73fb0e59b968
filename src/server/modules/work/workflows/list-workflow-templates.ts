import { asc, eq, sql } from "drizzle-orm";
import type { WorkflowTemplateList } from "../../../../shared/api/workflows.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { workflowTemplates } from "../../../db/schema/workflows.js";
import { addBuiltInTemplates } from "./built-in-templates.js";
import { workflowTemplateViews } from "./template-view.js";

/** Built-in templates first, then the company's own by name; hidden ones only when asked. */
export async function listWorkflowTemplates(
  scope: CompanyScope,
  { includeHidden, now }: { includeHidden: boolean; now: Date },
): Promise<WorkflowTemplateList> {
  await addBuiltInTemplates(scope, now);
  const rows = await scope.db
    .select()
    .from(workflowTemplates)
    .where(scope.where(workflowTemplates, includeHidden ? undefined : eq(workflowTemplates.hidden, false)))
    .orderBy(
      sql`${workflowTemplates.builtIn} is null`,
      sql`lower(${workflowTemplates.name})`,
      asc(workflowTemplates.id),
    );
  return { items: await workflowTemplateViews(scope, rows) };
}
