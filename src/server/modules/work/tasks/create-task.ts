import type { CreateTaskBody, Task } from "../../../../shared/api/tasks.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { taskAssignees, tasks } from "../../../db/schema/tasks.js";
import { getTask } from "./get-task.js";
import { writeTaskEvents } from "./task-events.js";
import { checkTaskReferences } from "./task-values.js";

export interface CreateTaskInput {
  task: CreateTaskBody;
  userId: string;
  now: Date;
}

export async function createTask(scope: CompanyScope, { task, userId, now }: CreateTaskInput): Promise<Task> {
  await checkTaskReferences(scope, { ...task, newTask: true });
  const id = await scope.transaction(async (tx) => {
    const [row] = await tx
      .insert(tasks, {
        clientId: task.clientId,
        title: task.title,
        description: task.description ?? null,
        topicId: task.topicId ?? null,
        status: task.status,
        startDate: task.startDate ?? null,
        deadline: task.deadline,
        estimateMinutes: task.estimateMinutes ?? null,
        checklist: task.checklist,
        createdBy: userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: tasks.id });
    if (task.assigneeIds.length > 0) {
      await tx.insertMany(
        taskAssignees,
        task.assigneeIds.map((assignee) => ({ taskId: row!.id, userId: assignee })),
      );
    }
    await writeTaskEvents(tx, row!.id, [{ kind: "created", details: {} }], { userId, now });
    return row!.id;
  });
  return getTask(scope, { id, now });
}
