import { and, eq, gte, inArray, ne } from "drizzle-orm";
import { todayIn } from "../../../../shared/calendar-dates.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { tasks } from "../../../db/schema/tasks.js";
import { clientWorkflows, workflowOccurrences } from "../../../db/schema/workflows.js";
import { notFound } from "../../../lib/errors.js";
import { getCompanyRow } from "../../companies/get-company.js";

/**
 * Takes a workflow off a client: its tasks not done and due from today on go with it; past and
 * done ones stay (they are the firm's record of the work).
 */
export async function removeClientWorkflow(
  scope: CompanyScope,
  { clientId, workflowId, now }: { clientId: string; workflowId: string; now: Date },
): Promise<{ removedTasks: number }> {
  const where = and(eq(clientWorkflows.id, workflowId), eq(clientWorkflows.clientId, clientId));
  if (!(await scope.first(clientWorkflows, where))) throw notFound("That workflow");
  const today = todayIn((await getCompanyRow(scope)).timeZone, now);
  return scope.transaction(async (tx) => {
    const made = tx.db
      .select({ id: workflowOccurrences.taskId })
      .from(workflowOccurrences)
      .where(tx.where(workflowOccurrences, eq(workflowOccurrences.workflowId, workflowId)));
    const removed = await tx
      .delete(tasks, inArray(tasks.id, made), ne(tasks.status, "done"), gte(tasks.deadline, today))
      .returning({ id: tasks.id });
    await tx.delete(clientWorkflows, where);
    return { removedTasks: removed.length };
  });
}
