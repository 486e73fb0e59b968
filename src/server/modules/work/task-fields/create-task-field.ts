import type { TaskField, TaskFieldBody } from "../../../../shared/api/task-fields.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { taskFields } from "../../../db/schema/tasks.js";
import { rethrowDuplicateFieldName } from "./task-field-names.js";

export async function createTaskField(
  scope: CompanyScope,
  { field, now }: { field: TaskFieldBody; now: Date },
): Promise<TaskField> {
  try {
    const [row] = await scope
      .insert(taskFields, { name: field.name, createdAt: now })
      .returning({ id: taskFields.id, name: taskFields.name });
    return row!;
  } catch (error) {
    rethrowDuplicateFieldName(error, field.name);
  }
}
