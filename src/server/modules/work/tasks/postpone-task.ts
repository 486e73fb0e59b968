import { eq } from "drizzle-orm";
import type { Task } from "../../../../shared/api/tasks.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { tasks } from "../../../db/schema/tasks.js";
import { AppError, notFound } from "../../../lib/errors.js";
import { updateTask } from "./update-task.js";

export interface PostponeTaskInput {
  id: string;
  to: string;
  userId: string | null;
  now: Date;
  bulk?: boolean;
}

/** Postpone: a later deadline for an unfinished task. */
export async function postponeTask(
  scope: CompanyScope,
  { id, to, ...rest }: PostponeTaskInput,
): Promise<Task> {
  const row = await scope.first(tasks, eq(tasks.id, id));
  if (!row) throw notFound("The task");
  if (row.status === "done") throw new AppError("conflict", "This task is done: it cannot be postponed.");
  if (to <= row.deadline) {
    const message = `Choose a day after the current deadline, ${row.deadline}.`;
    throw new AppError("validation_failed", message, [{ field: "to", message }]);
  }
  return updateTask(scope, { id, changes: { deadline: to }, action: "postpone", ...rest });
}
