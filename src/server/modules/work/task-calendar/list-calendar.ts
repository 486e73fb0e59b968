import { asc } from "drizzle-orm";
import type { CalendarDays, CalendarItem, CalendarQuery } from "../../../../shared/api/calendar.js";
import { type CalendarDate, eachDay } from "../../../../shared/calendar/calendar-date.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { tasks } from "../../../db/schema/tasks.js";
import { companyToday } from "../tasks/company-today.js";
import { taskConditions } from "../tasks/list-tasks.js";
import { selectTasks, toTasks } from "../tasks/task-view.js";
import { listPlannedTasks } from "../workflows/list-planned-tasks.js";

export interface ListCalendarInput {
  query: CalendarQuery;
  userId: string;
  now: Date;
}

/**
 * Every day of the range with the tasks due that day (done ones too) and the workflows' planned
 * occurrences (beyond 45 days, not tasks yet), filtered like All tasks.
 */
export async function listCalendar(
  scope: CompanyScope,
  { query, userId, now }: ListCalendarInput,
): Promise<CalendarDays> {
  const today = await companyToday(scope, now);
  const conditions = taskConditions(scope, { filter: query, userId, today });
  const rows = await selectTasks(scope, today)
    .where(scope.where(tasks, ...conditions))
    .orderBy(asc(tasks.deadline), asc(tasks.title), asc(tasks.id));
  const byDay = new Map<string, CalendarItem[]>();
  for (const task of await toTasks(scope, rows)) {
    const items = byDay.get(task.deadline) ?? [];
    items.push({
      id: task.id,
      planned: false,
      title: task.title,
      client: task.client,
      topic: task.topic,
      assignees: task.assignees,
      deadline: task.deadline,
      status: task.status,
      overdue: task.overdue,
    });
    byDay.set(task.deadline, items);
  }
  const planned = await listPlannedTasks(scope, {
    filter: {
      assigneeId: query.assignee === "me" ? userId : query.assignee,
      clientId: query.clientId,
      topicId: query.topicId,
      from: query.from,
      to: query.to,
    },
    now,
  });
  for (const occurrence of planned) {
    const items = byDay.get(occurrence.deadline) ?? [];
    items.push({
      id: null,
      planned: true,
      title: occurrence.title,
      client: occurrence.client,
      topic: occurrence.topic,
      assignees: occurrence.assignees,
      deadline: occurrence.deadline,
      status: "not_started",
      overdue: false,
    });
    byDay.set(occurrence.deadline, items);
  }
  return {
    days: eachDay(query.from as CalendarDate, query.to as CalendarDate).map((date) => ({
      date,
      items: byDay.get(date) ?? [],
    })),
  };
}
