import type { TemplateTask, TemplateTaskBody } from "../../../shared/api/workflows.js";
import { CreateWorkflowTemplateBody } from "../../../shared/api/workflows.js";
import type { DueRule, Recurrence, Schedule } from "../../../shared/calendar/schedule.js";

/**
 * A template task as its editor row holds it: every input's text as typed, so a half-typed
 * number stays on screen, turned into the API's body on save (and checked with its schema).
 */
export type DueKind = DueRule["rule"];
export type Every = Recurrence["every"];
export type OnNonWorkingDay = "before" | "after" | "keep";

export interface TaskDraft {
  /** React's key for the row; not sent. */
  rowId: string;
  /** The task's key in the template, sent back to keep its series. */
  key?: string;
  title: string;
  description: string;
  topicId: string | null;
  /** "responsible", "" (unassigned), or a member's id. */
  assignee: string;
  estimateHours: string;
  /** One checklist item a line. */
  checklist: string;
  every: Every;
  /** A quarterly task's month of the quarter ("" = the whole quarter), a yearly one's month. */
  month: string;
  onceDate: string;
  rule: DueKind;
  day: string;
  weekday: string;
  onNonWorkingDay: OnNonWorkingDay;
  count: string;
  from: "period_start" | "period_end";
  holidays: boolean;
}

let rows = 0;
const nextRowId = () => `task-${++rows}`;

export function newTaskDraft(): TaskDraft {
  return {
    rowId: nextRowId(),
    title: "",
    description: "",
    topicId: null,
    assignee: "responsible",
    estimateHours: "",
    checklist: "",
    every: "month",
    month: "",
    onceDate: "",
    rule: "day_of_month",
    day: "20",
    weekday: "5",
    onNonWorkingDay: "before",
    count: "20",
    from: "period_end",
    holidays: true,
  };
}

/** A saved task (a template's or a client's copy) as an editor row. */
export function taskDraft(task: TemplateTask): TaskDraft {
  const base = newTaskDraft();
  const due = task.due;
  const assignee =
    task.assignee === null ? "" : task.assignee === "responsible" ? "responsible" : task.assignee.id;
  const recurrence = task.recurrence;
  return {
    ...base,
    key: task.key,
    title: task.title,
    description: task.description ?? "",
    topicId: task.topic?.id ?? null,
    assignee,
    estimateHours:
      task.estimateMinutes === null ? "" : String(Math.round((task.estimateMinutes / 60) * 100) / 100),
    checklist: task.checklist.join("\n"),
    every: recurrence.every,
    month:
      recurrence.every === "year" || (recurrence.every === "quarter" && recurrence.month !== undefined)
        ? String(recurrence.month)
        : "",
    onceDate: recurrence.every === "once" ? (recurrence.date ?? "") : "",
    rule: due.rule,
    day: due.rule === "day_of_month" ? String(due.day) : base.day,
    weekday: due.rule === "day_of_week" ? String(due.day) : base.weekday,
    onNonWorkingDay:
      due.rule === "day_of_month" || due.rule === "day_of_week" ? due.onNonWorkingDay : base.onNonWorkingDay,
    count: due.rule === "business_days_after" ? String(due.count) : base.count,
    from: due.rule === "business_days_after" ? due.from : base.from,
    holidays: due.rule === "business_days_after" ? due.holidays : base.holidays,
  };
}

/** Whole numbers as typed; anything else is NaN, which the schema refuses with its message. */
const whole = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function recurrenceOf(d: TaskDraft): Recurrence {
  switch (d.every) {
    case "week":
    case "month":
      return { every: d.every };
    case "quarter":
      return d.month === "" ? { every: "quarter" } : { every: "quarter", month: whole(d.month) };
    case "year":
      return { every: "year", month: whole(d.month || "1") };
    case "once":
      return d.onceDate ? { every: "once", date: d.onceDate } : { every: "once" };
  }
}

export function dueOf(d: TaskDraft): DueRule {
  switch (d.rule) {
    case "day_of_month":
      return { rule: "day_of_month", day: whole(d.day), onNonWorkingDay: d.onNonWorkingDay };
    case "day_of_week":
      return { rule: "day_of_week", day: whole(d.weekday) as 1, onNonWorkingDay: d.onNonWorkingDay };
    case "business_days_after":
      return { rule: "business_days_after", count: whole(d.count), from: d.from, holidays: d.holidays };
    case "last_business_day":
      return { rule: "last_business_day" };
  }
}

/** The schedule to preview, or null while a number in it is not typed in full. */
export function scheduleOf(d: TaskDraft): Schedule | null {
  const schedule = { recurrence: recurrenceOf(d), due: dueOf(d) };
  const numbers = [
    "month" in schedule.recurrence ? schedule.recurrence.month : 0,
    "day" in schedule.due ? schedule.due.day : 0,
    "count" in schedule.due ? schedule.due.count : 0,
  ];
  return numbers.some((n) => n === undefined || Number.isNaN(n)) ? null : schedule;
}

/** Hours as typed (1.5 or 1,5) in whole minutes; "" is no estimate. */
function estimateMinutes(text: string): number | null {
  const t = text.trim().replace(",", ".");
  if (t === "") return null;
  return /^\d+(\.\d+)?$/.test(t) ? Math.round(Number(t) * 60) : Number.NaN;
}

export function taskBody(d: TaskDraft): TemplateTaskBody {
  return {
    ...(d.key ? { key: d.key } : {}),
    title: d.title,
    description: d.description.trim() || null,
    topicId: d.topicId,
    assignee: d.assignee === "" ? null : d.assignee,
    estimateMinutes: estimateMinutes(d.estimateHours),
    checklist: d.checklist
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== ""),
    recurrence: recurrenceOf(d),
    due: dueOf(d),
  };
}

export interface TemplateDraft {
  name: string;
  description: string;
  tasks: TaskDraft[];
}

/**
 * The body to save, or the field errors named as the server names them (`tasks.0.due.day`),
 * from the same schema the server checks with.
 */
export function checkTemplateDraft(
  draft: TemplateDraft,
): { body: CreateWorkflowTemplateBody; errors?: undefined } | { errors: Record<string, string> } {
  const body = {
    name: draft.name,
    description: draft.description.trim() || null,
    tasks: draft.tasks.map(taskBody),
  };
  const parsed = CreateWorkflowTemplateBody.safeParse(body);
  if (parsed.success) return { body };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join(".");
    const message =
      field.endsWith(".estimateMinutes") && Number.isNaN(body.tasks[Number(issue.path[1])]?.estimateMinutes)
        ? "Write the estimate in hours, e.g. 1.5."
        : issue.message;
    errors[field] ??= message;
  }
  return { errors };
}

/** The error for a field or anything inside it ("tasks.0.due" finds "tasks.0.due.day"). */
export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const inside = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  return inside ? errors[inside] : undefined;
}
