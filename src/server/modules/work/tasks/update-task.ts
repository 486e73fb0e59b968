import { eq } from "drizzle-orm";
import type { Task, UpdateTaskBody } from "../../../../shared/api/tasks.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { taskAssignees, tasks } from "../../../db/schema/tasks.js";
import { AppError, notFound } from "../../../lib/errors.js";
import { getTask } from "./get-task.js";
import { checkTaskReferences } from "./task-values.js";

export interface UpdateTaskInput {
  id: string;
  changes: UpdateTaskBody;
  now: Date;
}

/**
 * Changes a task's fields; `checklist` and `assigneeIds` replace the lists. Marking it done
 * records when; taking it back out of done forgets that.
 */
export async function updateTask(scope: CompanyScope, { id, changes, now }: UpdateTaskInput): Promise<Task> {
  await checkTaskReferences(scope, { topicId: changes.topicId, assigneeIds: changes.assigneeIds });
  await scope.transaction(async (tx) => {
    const [row] = await tx.db
      .select()
      .from(tasks)
      .where(tx.where(tasks, eq(tasks.id, id)))
      .for("update");
    if (!row) throw notFound("The task");
    const startDate = changes.startDate !== undefined ? changes.startDate : row.startDate;
    const deadline = changes.deadline ?? row.deadline;
    if (startDate && startDate > deadline) {
      const field = changes.deadline ? "deadline" : "startDate";
      const message = "The start date is after the deadline.";
      throw new AppError("validation_failed", message, [{ field, message }]);
    }
    const { assigneeIds, status, ...fields } = changes;
    await tx.update(
      tasks,
      {
        ...fields,
        ...(status !== undefined ? { status, doneAt: status === "done" ? (row.doneAt ?? now) : null } : {}),
        updatedAt: now,
      },
      eq(tasks.id, id),
    );
    if (assigneeIds) {
      await tx.delete(taskAssignees, eq(taskAssignees.taskId, id));
      if (assigneeIds.length > 0) {
        await tx.insertMany(
          taskAssignees,
          assigneeIds.map((userId) => ({ taskId: id, userId })),
        );
      }
    }
  });
  return getTask(scope, { id, now });
}
