import { eq } from "drizzle-orm";
import type { Task } from "../../../../shared/api/tasks.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { tasks } from "../../../db/schema/tasks.js";
import { notFound } from "../../../lib/errors.js";
import { companyToday } from "./company-today.js";
import { selectTasks, toTasks } from "./task-view.js";

export interface GetTaskInput {
  id: string;
  now: Date;
}

export async function getTask(scope: CompanyScope, { id, now }: GetTaskInput): Promise<Task> {
  const today = await companyToday(scope, now);
  const rows = await selectTasks(scope, today)
    .where(scope.where(tasks, eq(tasks.id, id)))
    .limit(1);
  const [task] = await toTasks(scope, rows);
  if (!task) throw notFound("The task");
  return task;
}
