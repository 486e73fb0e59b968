import { eq } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { taskFields } from "../../../db/schema/tasks.js";
import { notFound } from "../../../lib/errors.js";

/** Deletes a field with every task's value of it. */
export async function deleteTaskField(scope: CompanyScope, id: string): Promise<void> {
  const deleted = await scope.delete(taskFields, eq(taskFields.id, id)).returning({ id: taskFields.id });
  if (deleted.length === 0) throw notFound("The task field");
}
