import { desc, eq } from "drizzle-orm";
import type { TaskHistory } from "../../../../shared/api/tasks.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { taskEvents, tasks } from "../../../db/schema/tasks.js";
import { users } from "../../../db/schema/users.js";
import { notFound } from "../../../lib/errors.js";
import type { TaskEventDetails } from "./task-events.js";

/** A task's history, newest first. */
export async function getTaskHistory(scope: CompanyScope, id: string): Promise<TaskHistory> {
  const task = await scope.first(tasks, eq(tasks.id, id));
  if (!task) throw notFound("The task");
  const rows = await scope.db
    .select({ event: taskEvents, name: users.name })
    .from(taskEvents)
    .leftJoin(users, eq(users.id, taskEvents.userId))
    .where(scope.where(taskEvents, eq(taskEvents.taskId, id)))
    .orderBy(desc(taskEvents.seq))
    .limit(500);
  return {
    items: rows.map(({ event, name }) => {
      const details = event.details as TaskEventDetails;
      return {
        id: event.id,
        at: event.at.toISOString(),
        by: event.userId && name !== null ? { id: event.userId, name } : null,
        kind: event.kind as TaskHistory["items"][number]["kind"],
        bulk: event.bulk,
        changes: details.changes ?? [],
        from: details.from ?? null,
        to: details.to ?? null,
        item: details.item ?? null,
      };
    }),
  };
}
