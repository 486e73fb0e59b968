import { asc } from "drizzle-orm";
import type { TaskFieldList } from "../../../../shared/api/task-fields.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { taskFields } from "../../../db/schema/tasks.js";

export async function listTaskFields(scope: CompanyScope): Promise<TaskFieldList> {
  const rows = await scope.db
    .select({ id: taskFields.id, name: taskFields.name })
    .from(taskFields)
    .where(scope.where(taskFields))
    .orderBy(asc(taskFields.name));
  return { items: rows };
}
