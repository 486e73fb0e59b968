import { and, eq } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { taskFilters } from "../../../db/schema/tasks.js";
import { notFound } from "../../../lib/errors.js";

/** Deletes one of the person's own saved filters (someone else's is not found). */
export async function deleteTaskFilter(scope: CompanyScope, { id, userId }: { id: string; userId: string }) {
  const deleted = await scope
    .delete(taskFilters, and(eq(taskFilters.id, id), eq(taskFilters.userId, userId)))
    .returning({ id: taskFilters.id });
  if (deleted.length === 0) throw notFound("The saved filter");
}
