import type { Task } from "../../../../shared/api/tasks.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { updateTask } from "./update-task.js";

export interface MarkTaskDoneInput {
  id: string;
  userId: string | null;
  now: Date;
  bulk?: boolean;
}

/** Mark done: the task is done as of now (marking it again keeps the first time). */
export function markTaskDone(scope: CompanyScope, input: MarkTaskDoneInput): Promise<Task> {
  return updateTask(scope, { ...input, changes: { status: "done" } });
}
