import { eq } from "drizzle-orm";
import type { Task } from "../../../../shared/api/tasks.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { tasks } from "../../../db/schema/tasks.js";
import { AppError, notFound } from "../../../lib/errors.js";
import { companyToday } from "./company-today.js";
import { updateTask } from "./update-task.js";

export interface MoveTaskToLaterInput {
  id: string;
  until: string;
  userId: string | null;
  now: Date;
}

const invalid = (message: string) =>
  new AppError("validation_failed", message, [{ field: "until", message }]);

/**
 * Move to later: the task is picked up on `until` (its start date) and leaves today's list; the
 * deadline stays. A day past the deadline is Postpone's job, so it is refused here.
 */
export async function moveTaskToLater(
  scope: CompanyScope,
  { id, until, userId, now }: MoveTaskToLaterInput,
): Promise<Task> {
  const row = await scope.first(tasks, eq(tasks.id, id));
  if (!row) throw notFound("The task");
  if (row.status === "done")
    throw new AppError("conflict", "This task is done: it cannot be moved to later.");
  const today = await companyToday(scope, now);
  if (until <= today) throw invalid(`Choose a day after today, ${today}.`);
  if (until > row.deadline) {
    throw invalid(
      `That is after the deadline, ${row.deadline}: Postpone the task to move its deadline instead.`,
    );
  }
  return updateTask(scope, { id, changes: { startDate: until }, userId, now, action: "later" });
}
