import { and, asc, count, eq, exists, gte, lte, ne, type SQL, sql } from "drizzle-orm";
import { MAX_COUNTED_TASKS, type TaskList, type TaskListQuery } from "../../../../shared/api/tasks.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { taskAssignees, tasks } from "../../../db/schema/tasks.js";
import { companyToday } from "./company-today.js";
import { overdueSql, selectTasks, toTasks } from "./task-view.js";

type TaskFilterFields = Pick<TaskListQuery, "assignee" | "clientId" | "topicId" | "status" | "from" | "to">;

export interface ListTasksInput {
  filter: TaskListQuery;
  /** Who "me" is. */
  userId: string;
  now: Date;
}

/** Tasks by deadline (then title), filtered by person, client, topic, status and deadline range. */
export async function listTasks(
  scope: CompanyScope,
  { filter, userId, now }: ListTasksInput,
): Promise<TaskList> {
  const today = await companyToday(scope, now);
  const where = scope.where(tasks, ...taskConditions(scope, { filter, userId, today }));
  const [rows, [counted]] = await Promise.all([
    selectTasks(scope, today)
      .where(where)
      .orderBy(asc(tasks.deadline), asc(tasks.title), asc(tasks.id))
      .limit(filter.limit)
      .offset((filter.page - 1) * filter.limit),
    countTasks(scope, { filter, userId, today }),
  ]);
  const n = counted?.n ?? 0;
  return {
    items: await toTasks(scope, rows),
    total: Math.min(n, MAX_COUNTED_TASKS),
    totalCapped: n > MAX_COUNTED_TASKS,
  };
}

/**
 * How many tasks match, counted up to MAX_COUNTED_TASKS + 1: counting 100,000 rows costs more than
 * the page, and past a thousand "1,000+" says as much. A person's tasks are counted from their
 * assignments (a few thousand rows, read in index order) rather than by probing every task.
 */
function countTasks(
  scope: CompanyScope,
  { filter, userId, today }: { filter: TaskFilterFields; userId: string; today: string },
) {
  const assignee = filter.assignee === "me" ? userId : filter.assignee;
  const others = taskConditions(scope, { filter: { ...filter, assignee: undefined }, userId, today });
  const matching = assignee
    ? scope.db
        .select({ one: sql`1` })
        .from(taskAssignees)
        .innerJoin(tasks, eq(tasks.id, taskAssignees.taskId))
        .where(scope.where(taskAssignees, eq(taskAssignees.userId, assignee), ...others))
    : scope.db
        .select({ one: sql`1` })
        .from(tasks)
        .where(scope.where(tasks, ...others));
  return scope.db.select({ n: count() }).from(matching.limit(MAX_COUNTED_TASKS + 1).as("matching"));
}

/** The conditions of a task list's filters (all but the company's own). */
export function taskConditions(
  scope: CompanyScope,
  { filter, userId, today }: { filter: TaskFilterFields; userId: string; today: string },
): (SQL | undefined)[] {
  const assignee = filter.assignee === "me" ? userId : filter.assignee;
  return [
    assignee
      ? exists(
          scope.db
            .select({ one: taskAssignees.taskId })
            .from(taskAssignees)
            .where(and(eq(taskAssignees.taskId, tasks.id), eq(taskAssignees.userId, assignee))),
        )
      : undefined,
    filter.clientId ? eq(tasks.clientId, filter.clientId) : undefined,
    filter.topicId ? eq(tasks.topicId, filter.topicId) : undefined,
    filter.status === "open" ? ne(tasks.status, "done") : undefined,
    filter.status === "overdue" ? overdueSql(today) : undefined,
    filter.status && filter.status !== "open" && filter.status !== "overdue"
      ? eq(tasks.status, filter.status)
      : undefined,
    filter.from ? gte(tasks.deadline, filter.from) : undefined,
    filter.to ? lte(tasks.deadline, filter.to) : undefined,
  ];
}
