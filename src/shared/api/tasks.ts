import { z } from "zod";
import { CalendarDateField } from "../calendar/fields.js";
import { TaskFieldValue } from "./task-fields.js";

export const TASK_STATUSES = ["not_started", "in_progress", "done"] as const;
export const TaskStatus = z.enum(TASK_STATUSES, {
  message: "Choose a status: not_started, in_progress or done.",
});
export type TaskStatus = z.infer<typeof TaskStatus>;

export const ChecklistItem = z
  .object({
    text: z.string().trim().min(1, "Write the checklist item.").max(500, "Use at most 500 characters."),
    done: z.boolean().default(false),
  })
  .meta({ id: "ChecklistItem" });
export type ChecklistItem = z.infer<typeof ChecklistItem>;

const TaskFields = {
  title: z.string().trim().min(1, "Give the task a title.").max(300, "Use at most 300 characters."),
  description: z.string().trim().max(10_000, "Use at most 10,000 characters.").nullish(),
  topicId: z.uuid({ message: "Choose a topic." }).nullish(),
  assigneeIds: z
    .array(z.uuid({ message: "Choose members of your company." }))
    .max(20, "Assign at most 20 people.")
    .refine((ids) => new Set(ids).size === ids.length, "Name each person once."),
  startDate: CalendarDateField.nullish(),
  deadline: CalendarDateField,
  estimateMinutes: z
    .int("Estimate in whole minutes.")
    .min(0, "The estimate cannot be negative.")
    .max(100_000, "Estimate at most 100,000 minutes.")
    .nullish(),
  checklist: z.array(ChecklistItem).max(100, "At most 100 checklist items."),
};

export const CreateTaskBody = z
  .object({
    clientId: z.uuid({ message: "Choose a client." }),
    ...TaskFields,
    assigneeIds: TaskFields.assigneeIds.default([]),
    checklist: TaskFields.checklist.default([]),
    status: TaskStatus.exclude(["done"], { message: "A new task is not started or in progress." }).default(
      "not_started",
    ),
  })
  .refine((t) => !t.startDate || t.startDate <= t.deadline, {
    message: "The start date is after the deadline.",
    path: ["startDate"],
  })
  .meta({ id: "CreateTaskBody" });
export type CreateTaskBody = z.infer<typeof CreateTaskBody>;

export const UpdateTaskBody = z
  .object({
    ...TaskFields,
    status: TaskStatus,
    fields: z
      .array(
        z.object({
          fieldId: z.uuid({ message: "Choose one of the company's task fields." }),
          value: TaskFieldValue,
        }),
      )
      .max(100, "At most 100 fields.")
      .refine((f) => new Set(f.map((x) => x.fieldId)).size === f.length, "Name each field once.")
      .meta({
        description: "Number fields to set (`value: null` clears one); fields not named keep their value.",
      }),
  })
  .partial()
  .meta({
    id: "UpdateTaskBody",
    description: "The fields to change; `checklist` and `assigneeIds` replace.",
  });
export type UpdateTaskBody = z.infer<typeof UpdateTaskBody>;

export const PostponeTaskBody = z
  .object({ to: CalendarDateField.meta({ description: "The new deadline." }) })
  .meta({ id: "PostponeTaskBody" });

export const Task = z
  .object({
    id: z.uuid(),
    client: z.object({ id: z.uuid(), name: z.string() }),
    title: z.string(),
    description: z.string().nullable(),
    topic: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    assignees: z.array(z.object({ id: z.uuid(), name: z.string() })),
    status: TaskStatus,
    startDate: z.string().nullable(),
    deadline: z.string(),
    overdue: z
      .boolean()
      .meta({ description: "Not done, and the deadline is before today in the company's zone." }),
    estimateMinutes: z.number().int().nullable(),
    checklist: z.array(z.object({ text: z.string(), done: z.boolean() })),
    fields: z.array(z.object({ fieldId: z.uuid(), name: z.string(), value: z.string().nullable() })).meta({
      description:
        "Every task field of the company, by name, with this task's value (a decimal string) or null.",
    }),
    doneAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Task" });
export type Task = z.infer<typeof Task>;

export const TaskListQuery = z.object({
  includePlanned: z
    .enum(["true", "false"], { message: "Use true or false." })
    .optional()
    .transform((v) => v === "true")
    .meta({
      description:
        "Also the workflows' occurrences beyond 45 days (`planned: true`, no id), up to `to` or a year ahead.",
    }),
  assignee: z
    .union([z.literal("me"), z.uuid()], { message: "Use me or a member's id." })
    .optional()
    .meta({ description: "`me`, or a member's id: their tasks." }),
  clientId: z.uuid({ message: "Not a valid client id." }).optional(),
  topicId: z.uuid({ message: "Not a valid topic id." }).optional(),
  status: z
    .enum([...TASK_STATUSES, "open", "overdue"], { message: "Unknown status." })
    .optional()
    .meta({
      description: "`open`: not done; `overdue`: not done and past its deadline.",
    }),
  from: CalendarDateField.optional().meta({ description: "Deadline on or after." }),
  to: CalendarDateField.optional().meta({ description: "Deadline on or before." }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TaskListQuery = z.infer<typeof TaskListQuery>;

/** Counting stops here: beyond it a count costs more than it tells (narrow the filters). */
export const MAX_COUNTED_TASKS = 1_000;

const totalCapped = z.boolean().meta({
  description: `More than \`total\` match: counting stops at ${MAX_COUNTED_TASKS.toLocaleString("en-GB")}.`,
});

export const TaskList = z
  .object({ items: z.array(Task), total: z.number().int(), totalCapped })
  .meta({ id: "TaskList", description: "By deadline, then title." });
export type TaskList = z.infer<typeof TaskList>;

export const MoveTaskLaterBody = z
  .object({
    until: CalendarDateField.meta({
      description:
        "The day work is picked up (the task's new start date): after today, on or before the deadline.",
    }),
  })
  .meta({ id: "MoveTaskLaterBody" });

export const BULK_TASK_ACTIONS = ["reassign", "done", "postpone"] as const;

export const BulkTasksBody = z
  .object({
    action: z.enum(BULK_TASK_ACTIONS, { message: "Choose an action: reassign, done or postpone." }),
    ids: z
      .array(z.uuid({ message: "Not a valid task id." }))
      .min(1, "Choose at least one task.")
      .max(500, "Choose at most 500 tasks at once."),
    assigneeIds: TaskFields.assigneeIds.optional().meta({ description: "reassign: who does them now." }),
    to: CalendarDateField.optional().meta({ description: "postpone: the new deadline." }),
  })
  .superRefine((body, ctx) => {
    if (body.action === "reassign" && !body.assigneeIds) {
      ctx.addIssue({ code: "custom", path: ["assigneeIds"], message: "Choose who does the tasks." });
    }
    if (body.action === "postpone" && !body.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "Choose the new deadline." });
    }
  })
  .meta({ id: "BulkTasksBody" });
export type BulkTasksBody = z.infer<typeof BulkTasksBody>;

export const BulkTasksResult = z
  .object({
    results: z.array(
      z.object({
        id: z.string(),
        ok: z.boolean(),
        error: z.string().optional().meta({ description: "Why this task was not changed." }),
      }),
    ),
  })
  .meta({ id: "BulkTasksResult", description: "One result per id, in the order sent." });
export type BulkTasksResult = z.infer<typeof BulkTasksResult>;

export const TASK_EVENT_KINDS = [
  "created",
  "changed",
  "done",
  "reopened",
  "postponed",
  "moved_to_later",
  "checklist_ticked",
  "checklist_unticked",
] as const;
export type TaskEventKind = (typeof TASK_EVENT_KINDS)[number];

export const TaskEvent = z
  .object({
    id: z.uuid(),
    at: z.string(),
    by: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    kind: z.enum(TASK_EVENT_KINDS),
    bulk: z.boolean().meta({ description: "Made by a bulk action on many tasks." }),
    changes: z
      .array(z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() }))
      .meta({ description: "`changed`: each field with its value before and after." }),
    from: z.string().nullable().meta({ description: "`postponed`, `moved_to_later`: the day before." }),
    to: z.string().nullable().meta({ description: "`postponed`, `moved_to_later`, `reopened`: after." }),
    item: z.string().nullable().meta({ description: "`checklist_…`: the item's text." }),
  })
  .meta({ id: "TaskEvent" });
export type TaskEvent = z.infer<typeof TaskEvent>;

export const TaskHistory = z
  .object({ items: z.array(TaskEvent) })
  .meta({ id: "TaskHistory", description: "Newest first." });
export type TaskHistory = z.infer<typeof TaskHistory>;
