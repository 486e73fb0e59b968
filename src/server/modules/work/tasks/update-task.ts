import { eq } from "drizzle-orm";
import type { Task, UpdateTaskBody } from "../../../../shared/api/tasks.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { taskAssignees, tasks } from "../../../db/schema/tasks.js";
import { AppError, notFound } from "../../../lib/errors.js";
import { getCompanyRow } from "../../companies/get-company.js";
import { getTask } from "./get-task.js";
import { recordTaskChanges, type TaskAction } from "./task-events.js";
import { setTaskFieldValues } from "./task-field-values.js";
import { checkTaskReferences } from "./task-values.js";

export interface UpdateTaskInput {
  id: string;
  changes: UpdateTaskBody;
  /** Who makes the change (for the task's history). */
  userId: string | null;
  now: Date;
  action?: TaskAction;
  bulk?: boolean;
}

/** Refuses "done" while checklist items are unticked, if the company asks for that. */
async function assertChecklistFinished(scope: CompanyScope, checklist: { done: boolean }[]) {
  const unfinished = checklist.filter((item) => !item.done).length;
  if (unfinished === 0) return;
  if (!(await getCompanyRow(scope)).checklistBeforeDone) return;
  const items = unfinished === 1 ? "1 checklist item is" : `${unfinished} checklist items are`;
  throw new AppError("conflict", `${items} not ticked yet: tick them before marking the task done.`, {
    unfinishedItems: unfinished,
  });
}

/**
 * Changes a task's fields; `checklist` and `assigneeIds` replace the lists. Marking it done
 * records when; taking it back out of done forgets that. Every change is written to the
 * task's history in the same transaction.
 */
export async function updateTask(
  scope: CompanyScope,
  { id, changes, userId, now, action = "edit", bulk }: UpdateTaskInput,
): Promise<Task> {
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
      // Blame the date the person changed (the form sends both).
      const movedStart = changes.startDate !== undefined && changes.startDate !== row.startDate;
      const field = movedStart || !changes.deadline ? "startDate" : "deadline";
      const message = "The start date is after the deadline.";
      throw new AppError("validation_failed", message, [{ field, message }]);
    }
    if (changes.status === "done" && row.status !== "done") {
      await assertChecklistFinished(tx, changes.checklist ?? row.checklist);
    }
    const { assigneeIds, status, fields: numbers, ...fields } = changes;
    const assigneesBefore = assigneeIds
      ? (
          await tx.db
            .select({ userId: taskAssignees.userId })
            .from(taskAssignees)
            .where(tx.where(taskAssignees, eq(taskAssignees.taskId, id)))
        ).map((a) => a.userId)
      : [];
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
    const numberChanges = await setTaskFieldValues(tx, id, numbers ?? []);
    await recordTaskChanges(tx, {
      taskId: id,
      before: row,
      changes,
      assigneesBefore,
      numberChanges,
      action,
      userId,
      now,
      bulk,
    });
  });
  return getTask(scope, { id, now });
}
