import type { Task, TaskListQuery } from "../../../../shared/api/tasks.js";
import type { PlannedTask, TaskListWithPlanned } from "../../../../shared/api/workflows.js";
import { addDays } from "../../../../shared/calendar/calendar-date.js";
import { todayIn } from "../../../../shared/calendar-dates.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { getCompanyRow } from "../../companies/get-company.js";
import { listTasks } from "../tasks/list-tasks.js";
import { listPlannedTasks } from "./list-planned-tasks.js";

export interface ListTasksWithPlannedInput {
  filter: TaskListQuery;
  userId: string;
  now: Date;
}

// Without `to`, planned work is shown for a year ahead.
const PLANNED_DAYS_BY_DEFAULT = 366;

const byDeadline = (a: Task | PlannedTask, b: Task | PlannedTask) =>
  a.deadline !== b.deadline ? (a.deadline < b.deadline ? -1 : 1) : a.title.localeCompare(b.title);

/**
 * A page of tasks with the planned occurrences among them, by deadline. Planned ones all fall
 * after the first planned deadline, so the tasks before it come straight from the database and
 * only the (usually few) tasks after it are merged with the planned ones in memory.
 */
export async function listTasksWithPlanned(
  scope: CompanyScope,
  { filter, userId, now }: ListTasksWithPlannedInput,
): Promise<TaskListWithPlanned> {
  // Planned work is not started, and not overdue: it lies 45 days ahead.
  if (filter.status && filter.status !== "open" && filter.status !== "not_started") {
    return listTasks(scope, { filter, userId, now });
  }
  const today = todayIn((await getCompanyRow(scope)).timeZone, now);
  const planned = await listPlannedTasks(scope, {
    filter: {
      assigneeId: filter.assignee === "me" ? userId : filter.assignee,
      clientId: filter.clientId,
      topicId: filter.topicId,
      from: filter.from ?? today,
      to: filter.to ?? addDays(today, PLANNED_DAYS_BY_DEFAULT),
    },
    now,
  });
  const first = planned[0]?.deadline;
  if (!first) return listTasks(scope, { filter, userId, now });
  const head = await listTasks(scope, { filter: { ...filter, to: addDays(first, -1) }, userId, now });
  const need = filter.limit - head.items.length;
  const tailFrom = filter.from && filter.from > first ? filter.from : first;
  const skip = Math.max(0, (filter.page - 1) * filter.limit - head.total);
  const tail = await listTasks(scope, {
    filter: { ...filter, from: tailFrom, page: 1, limit: Math.max(1, skip + need) },
    userId,
    now,
  });
  const merged = need > 0 ? [...tail.items, ...planned].sort(byDeadline).slice(skip, skip + need) : [];
  return {
    items: [...head.items, ...merged],
    total: head.total + tail.total + planned.length,
    totalCapped: head.totalCapped || tail.totalCapped,
  };
}
