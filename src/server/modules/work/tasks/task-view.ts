import { and, asc, eq, inArray, lt, ne, type SQL, sql } from "drizzle-orm";
import type { Task } from "../../../../shared/api/tasks.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { clients } from "../../../db/schema/clients.js";
import { taskAssignees, taskFields, taskFieldValues, tasks } from "../../../db/schema/tasks.js";
import { topics } from "../../../db/schema/topics.js";
import { users } from "../../../db/schema/users.js";

/** Not done and due before `today` (a date in the company's zone). */
export function overdueSql(today: string): SQL<boolean> {
  return sql<boolean>`(${and(ne(tasks.status, "done"), lt(tasks.deadline, today))})`;
}

/** The columns a task is shown with: its client's and topic's names joined. */
export function taskColumns(today: string) {
  return {
    task: tasks,
    clientName: clients.name,
    topicName: topics.name,
    overdue: overdueSql(today),
  };
}

/** `from tasks` with the client and topic joined, for `select(taskColumns(today))`. */
export function selectTasks(scope: CompanyScope, today: string) {
  return scope.db
    .select(taskColumns(today))
    .from(tasks)
    .innerJoin(clients, eq(clients.id, tasks.clientId))
    .leftJoin(topics, eq(topics.id, tasks.topicId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectTasks>["execute"]>>[number];

/** The rows as the API shows them, each with its assignees (one query for all of them). */
export async function toTasks(scope: CompanyScope, rows: Row[]): Promise<Task[]> {
  const ids = rows.map((r) => r.task.id);
  if (ids.length === 0) return [];
  // Three small reads at once: on a server each is a round trip of its own.
  const [people, fields, values] = await Promise.all([
    scope.db
      .select({ taskId: taskAssignees.taskId, id: users.id, name: users.name })
      .from(taskAssignees)
      .innerJoin(users, eq(users.id, taskAssignees.userId))
      .where(scope.where(taskAssignees, inArray(taskAssignees.taskId, ids)))
      .orderBy(asc(users.name)),
    scope.db
      .select({ id: taskFields.id, name: taskFields.name })
      .from(taskFields)
      .where(scope.where(taskFields))
      .orderBy(asc(taskFields.name)),
    scope.db
      .select()
      .from(taskFieldValues)
      .where(scope.where(taskFieldValues, inArray(taskFieldValues.taskId, ids))),
  ]);
  const fieldValues = new Map(values.map((v) => [`${v.taskId}/${v.fieldId}`, v.value]));
  return rows.map(({ task, clientName, topicName, overdue }) => ({
    id: task.id,
    client: { id: task.clientId, name: clientName },
    title: task.title,
    description: task.description,
    topic: task.topicId && topicName !== null ? { id: task.topicId, name: topicName } : null,
    assignees: people.filter((p) => p.taskId === task.id).map(({ id, name }) => ({ id, name })),
    status: task.status,
    startDate: task.startDate,
    deadline: task.deadline,
    overdue,
    estimateMinutes: task.estimateMinutes,
    checklist: task.checklist,
    fields: fields.map((f) => ({
      fieldId: f.id,
      name: f.name,
      value: fieldValues.get(`${task.id}/${f.id}`) ?? null,
    })),
    doneAt: task.doneAt?.toISOString() ?? null,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  }));
}
