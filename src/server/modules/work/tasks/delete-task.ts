import { eq } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { tasks } from "../../../db/schema/tasks.js";
import { notFound } from "../../../lib/errors.js";

/** Deletes a task for good, with its checklist and assignees. */
export async function deleteTask(scope: CompanyScope, id: string): Promise<void> {
  const deleted = await scope.delete(tasks, eq(tasks.id, id)).returning({ id: tasks.id });
  if (deleted.length === 0) throw notFound("The task");
}
