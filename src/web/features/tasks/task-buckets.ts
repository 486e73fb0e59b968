import type { Task } from "../../../shared/api/tasks.js";
import { addDays, type CalendarDate, weekdayOf } from "../../../shared/calendar/calendar-date.js";

type TaskDates = Pick<Task, "deadline"> & Partial<Pick<Task, "startDate">>;

export type BucketName = "Overdue" | "Today" | "This week" | "Later";
export const BUCKETS: readonly BucketName[] = ["Overdue", "Today", "This week", "Later"];

/** Sunday of `today`'s week (weeks run Monday to Sunday). */
function endOfWeek(today: CalendarDate): CalendarDate {
  return addDays(today, 7 - weekdayOf(today));
}

/**
 * Where a task belongs on My tasks, as of `today` in the company's time zone. A task moved to
 * later (picked up after today) waits under Later, unless it is overdue.
 */
export function bucketOf(task: TaskDates, today: CalendarDate): BucketName {
  if (task.deadline < today) return "Overdue";
  if (task.startDate && task.startDate > today) return "Later";
  if (task.deadline === today) return "Today";
  if (task.deadline <= endOfWeek(today)) return "This week";
  return "Later";
}

/** The tasks in their buckets, in the order given (by deadline), empty buckets left out. */
export function groupTasks<T extends TaskDates>(
  tasks: readonly T[],
  today: CalendarDate,
): { name: BucketName; tasks: T[] }[] {
  const groups = new Map<BucketName, T[]>(BUCKETS.map((name) => [name, []]));
  for (const task of tasks) groups.get(bucketOf(task, today))!.push(task);
  return BUCKETS.map((name) => ({ name, tasks: groups.get(name)! })).filter((g) => g.tasks.length > 0);
}
