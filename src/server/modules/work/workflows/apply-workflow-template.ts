import { inArray, isNull } from "drizzle-orm";
import type { ApplyWorkflowResult } from "../../../../shared/api/workflows.js";
import { todayIn } from "../../../../shared/calendar-dates.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { clients } from "../../../db/schema/clients.js";
import { clientWorkflows } from "../../../db/schema/workflows.js";
import { AppError } from "../../../lib/errors.js";
import { getCompanyRow } from "../../companies/get-company.js";
import { generateWorkflowTasks } from "./generate-workflow-tasks.js";
import { findTemplateRow } from "./get-workflow-template.js";

export interface ApplyWorkflowTemplateInput {
  templateId: string;
  clientIds: string[];
  /** The day the series starts; today in the company's zone by default. */
  startsOn?: string;
  now: Date;
}

/**
 * Gives the clients the template (those that have it already are left as they are) and makes
 * their tasks due within the next 45 days at once. Applying twice at the same time is safe: a
 * client has a template once.
 */
export async function applyWorkflowTemplate(
  scope: CompanyScope,
  { templateId, clientIds, startsOn, now }: ApplyWorkflowTemplateInput,
): Promise<ApplyWorkflowResult> {
  const template = await findTemplateRow(scope, templateId);
  const found = await scope.db
    .select({ id: clients.id })
    .from(clients)
    .where(scope.where(clients, inArray(clients.id, clientIds), isNull(clients.archivedAt)));
  if (found.length !== clientIds.length) {
    const missing = clientIds.length - found.length;
    const message = `${missing} of the clients ${missing === 1 ? "was" : "were"} not found or ${missing === 1 ? "is" : "are"} archived.`;
    throw new AppError("validation_failed", "Some fields need attention.", [{ field: "clientIds", message }]);
  }
  const from = startsOn ?? todayIn((await getCompanyRow(scope)).timeZone, now);
  const added = await scope
    .insertMany(
      clientWorkflows,
      clientIds.map((clientId) => ({
        clientId,
        templateId: template.id,
        name: template.name,
        startsOn: from,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: clientWorkflows.id });
  const { tasksCreated } = await generateWorkflowTasks(scope, { now, workflowIds: added.map((a) => a.id) });
  return { applied: added.length, alreadyApplied: clientIds.length - added.length, tasksCreated };
}
