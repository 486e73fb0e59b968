import { eq } from "drizzle-orm";
import type { TaskField, TaskFieldBody } from "../../../../shared/api/task-fields.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { taskFields } from "../../../db/schema/tasks.js";
import { notFound } from "../../../lib/errors.js";
import { rethrowDuplicateFieldName } from "./task-field-names.js";

/** Renames a field; the tasks keep their values. */
export async function renameTaskField(
  scope: CompanyScope,
  { id, field }: { id: string; field: TaskFieldBody },
): Promise<TaskField> {
  let rows: TaskField[];
  try {
    rows = await scope
      .update(taskFields, { name: field.name }, eq(taskFields.id, id))
      .returning({ id: taskFields.id, name: taskFields.name });
  } catch (error) {
    rethrowDuplicateFieldName(error, field.name);
  }
  if (!rows[0]) throw notFound("The task field");
  return rows[0];
}
