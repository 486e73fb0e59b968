import type { Task } from "../../../../shared/api/tasks.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { updateTask } from "./update-task.js";

export interface MarkTaskDoneInput {
  id: string;
  now: Date;
}

/** Mark done: the task is done as of now (marking it again keeps the first time). */
export function markTaskDone(scope: CompanyScope, { id, now }: MarkTaskDoneInput): Promise<Task> {
  return updateTask(scope, { id, changes: { status: "done" }, now });
}
