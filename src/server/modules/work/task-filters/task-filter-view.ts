import type { TaskFilter } from "../../../../shared/api/task-filters.js";
import type { taskFilters } from "../../../db/schema/tasks.js";

export const taskFilterView = (row: typeof taskFilters.$inferSelect): TaskFilter => ({
  id: row.id,
  name: row.name,
  query: row.query,
  createdAt: row.createdAt.toISOString(),
});
