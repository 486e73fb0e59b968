import type { BulkTasksBody, BulkTasksResult } from "../../../../shared/api/tasks.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { AppError } from "../../../lib/errors.js";
import { markTaskDone } from "./mark-task-done.js";
import { postponeTask } from "./postpone-task.js";
import { checkTaskReferences } from "./task-values.js";
import { updateTask } from "./update-task.js";

export interface BulkUpdateTasksInput {
  request: BulkTasksBody;
  userId: string;
  now: Date;
}

/**
 * Reassign, mark done or postpone many tasks: each task on its own (its own transaction and
 * history entry), so one refused or unknown task does not stop the rest. Another company's
 * ids are reported not found.
 */
export async function bulkUpdateTasks(
  scope: CompanyScope,
  { request, userId, now }: BulkUpdateTasksInput,
): Promise<BulkTasksResult> {
  // Bad assignees are the request's fault, not each task's: refuse it whole.
  if (request.action === "reassign") await checkTaskReferences(scope, { assigneeIds: request.assigneeIds });
  const common = { userId, now, bulk: true };
  const results: BulkTasksResult["results"] = [];
  for (const id of new Set(request.ids)) {
    try {
      if (request.action === "done") await markTaskDone(scope, { id, ...common });
      else if (request.action === "postpone") await postponeTask(scope, { id, to: request.to!, ...common });
      else await updateTask(scope, { id, changes: { assigneeIds: request.assigneeIds! }, ...common });
      results.push({ id, ok: true });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id, ok: false, error: error.message });
    }
  }
  return { results };
}
