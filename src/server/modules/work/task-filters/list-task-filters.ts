import { asc, eq } from "drizzle-orm";
import type { TaskFilterList } from "../../../../shared/api/task-filters.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { taskFilters } from "../../../db/schema/tasks.js";
import { taskFilterView } from "./task-filter-view.js";

/** A person's saved All tasks filters, by name. */
export async function listTaskFilters(scope: CompanyScope, userId: string): Promise<TaskFilterList> {
  const rows = await scope.db
    .select()
    .from(taskFilters)
    .where(scope.where(taskFilters, eq(taskFilters.userId, userId)))
    .orderBy(asc(taskFilters.name));
  return { items: rows.map(taskFilterView) };
}
