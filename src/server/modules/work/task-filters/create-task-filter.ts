import type { CreateTaskFilterBody, TaskFilter } from "../../../../shared/api/task-filters.js";
import { parseTaskFilterQuery } from "../../../../shared/api/task-filters.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { isUniqueViolation } from "../../../db/errors.js";
import { taskFilters } from "../../../db/schema/tasks.js";
import { AppError } from "../../../lib/errors.js";
import { taskFilterView } from "./task-filter-view.js";

export interface CreateTaskFilterInput {
  filter: CreateTaskFilterBody;
  userId: string;
  now: Date;
}

/** Saves the filters under a name, kept in a normal form (only the filters All tasks knows). */
export async function createTaskFilter(
  scope: CompanyScope,
  { filter, userId, now }: CreateTaskFilterInput,
): Promise<TaskFilter> {
  const parsed = parseTaskFilterQuery(filter.query).data ?? {};
  const query = new URLSearchParams(
    Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  ).toString();
  try {
    const [row] = await scope
      .insert(taskFilters, { userId, name: filter.name, query, createdAt: now })
      .returning();
    return taskFilterView(row!);
  } catch (error) {
    if (isUniqueViolation(error, "task_filters_name_key")) {
      throw new AppError("conflict", `You have a filter called ${filter.name} already.`, [
        { field: "name", message: "Already one of your filters." },
      ]);
    }
    throw error;
  }
}
