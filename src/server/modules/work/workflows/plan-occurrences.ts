import type { BusinessCalendar } from "../../../../shared/calendar/business-calendar.js";
import {
  addDays,
  type CalendarDate,
  dateParts,
  laterDate,
} from "../../../../shared/calendar/calendar-date.js";
import { MONTH_NAMES } from "../../../../shared/calendar/describe-schedule.js";
import { type Occurrence, occurrencesDueBetween } from "../../../../shared/calendar/occurrences.js";
import type { TemplateTaskRow } from "../../../db/schema/workflows.js";

/** How far ahead recurring work exists as tasks; beyond it, occurrences are only planned. */
export const PLANNING_HORIZON_DAYS = 45;

export interface WorkflowState {
  id: string;
  /** The tasks it follows: the client's own copy, else its template's. */
  tasks: TemplateTaskRow[];
  startsOn: CalendarDate;
  generatedThrough: CalendarDate | null;
  /** Its tasks changed since the last generation read them. */
  changed: boolean;
}

export interface PlannedOccurrence {
  task: TemplateTaskRow;
  occurrence: Occurrence;
}

/**
 * The first deadline the next generation looks at: the day after the last one it covered (so a
 * server down for a week catches up), from today for tasks that changed, never before the day
 * the workflow started.
 */
export function generationStart(workflow: WorkflowState, today: CalendarDate): CalendarDate {
  if (workflow.generatedThrough === null) return workflow.startsOn;
  const next = addDays(workflow.generatedThrough, 1);
  const from = workflow.changed && today < next ? today : next;
  return laterDate(from, workflow.startsOn);
}

/** Every occurrence of the workflow's tasks with a deadline from `from` to `to`, by deadline. */
export function occurrencesOf(
  workflow: Pick<WorkflowState, "tasks" | "startsOn">,
  calendar: BusinessCalendar,
  window: { from: CalendarDate; to: CalendarDate },
): PlannedOccurrence[] {
  return workflow.tasks
    .flatMap((task) =>
      occurrencesDueBetween(task, calendar, { ...window, startsOn: workflow.startsOn }).map((occurrence) => ({
        task,
        occurrence,
      })),
    )
    .sort((a, b) => (a.occurrence.deadline < b.occurrence.deadline ? -1 : 1));
}

/** "VAT return — November 2026": a recurring task's title names the period it is for. */
export function occurrenceTitle(task: TemplateTaskRow, occurrence: Occurrence): string {
  const { year, month, day } = dateParts(occurrence.period.start);
  const { every } = task.recurrence;
  const label =
    every === "month" || (every === "quarter" && task.recurrence.month)
      ? `${MONTH_NAMES[month - 1]} ${year}`
      : every === "quarter"
        ? `Q${Math.floor((month - 1) / 3) + 1} ${year}`
        : every === "year"
          ? `${year}`
          : every === "week"
            ? `week of ${day} ${MONTH_NAMES[month - 1]!.slice(0, 3)} ${year}`
            : "";
  return (label ? `${task.title} — ${label}` : task.title).slice(0, 300);
}
