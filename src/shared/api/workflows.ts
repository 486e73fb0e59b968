import { z } from "zod";
import { CalendarDateField } from "../calendar/fields.js";
import { addScheduleIssues, DueRule, Recurrence } from "../calendar/schedule.js";
import { Task } from "./tasks.js";

/**
 * Workflow templates (a named set of recurring tasks) and a client's workflows (a template
 * applied to the client, followed as it changes or copied and changed for that client).
 */

export const AssigneeRule = z
  .union([z.literal("responsible"), z.uuid({ message: "Choose a member of your company." }), z.null()], {
    error: 'Choose "responsible", a member\'s id, or null for unassigned.',
  })
  .meta({
    description: "`\"responsible\"`: the client's responsible person; a member's id; `null`: unassigned.",
  });
export type AssigneeRule = z.infer<typeof AssigneeRule>;

const ChecklistText = z
  .string({ error: "Write the checklist item." })
  .trim()
  .min(1, "Write the checklist item.")
  .max(500, "Use at most 500 characters.");

export const TemplateTaskBody = z
  .object({
    key: z
      .uuid({ message: "Not a valid task key." })
      .optional()
      .meta({ description: "The task's key within the template; send it back to keep the series." }),
    title: z
      .string({ error: "Give the task a title." })
      .trim()
      .min(1, "Give the task a title.")
      .max(300, "Use at most 300 characters."),
    description: z.string().trim().max(10_000, "Use at most 10,000 characters.").nullish(),
    topicId: z.uuid({ message: "Choose a topic." }).nullish(),
    assignee: AssigneeRule.optional().default("responsible"),
    estimateMinutes: z
      .int("Estimate in whole minutes.")
      .min(0, "The estimate cannot be negative.")
      .max(100_000, "Estimate at most 100,000 minutes.")
      .nullish(),
    checklist: z.array(ChecklistText).max(100, "At most 100 checklist items.").default([]),
    recurrence: Recurrence,
    due: DueRule,
  })
  .superRefine(addScheduleIssues)
  .meta({ id: "TemplateTaskBody" });
export type TemplateTaskBody = z.input<typeof TemplateTaskBody>;
export type TemplateTaskInput = z.output<typeof TemplateTaskBody>;

const TemplateTasks = z
  .array(TemplateTaskBody, { error: "List the template's tasks." })
  .min(1, "Add at least one task.")
  .max(50, "A template holds at most 50 tasks.");

const TemplateName = z
  .string({ error: "Name the template." })
  .trim()
  .min(1, "Name the template.")
  .max(200, "Use at most 200 characters.");

export const CreateWorkflowTemplateBody = z
  .object({
    name: TemplateName,
    description: z.string().trim().max(2_000, "Use at most 2,000 characters.").nullish(),
    tasks: TemplateTasks,
  })
  .meta({ id: "CreateWorkflowTemplateBody" });
export type CreateWorkflowTemplateBody = z.input<typeof CreateWorkflowTemplateBody>;

export const UpdateWorkflowTemplateBody = z
  .object({
    name: TemplateName,
    description: z.string().trim().max(2_000, "Use at most 2,000 characters.").nullable(),
    tasks: TemplateTasks,
    hidden: z.boolean().meta({ description: "Hidden templates are not offered when applying." }),
  })
  .partial()
  .meta({
    id: "UpdateWorkflowTemplateBody",
    description:
      "The fields to change; `tasks` replaces the list (a task sent with its `key` keeps its series). A built-in template only takes `hidden`: clone it to change it.",
  });
export type UpdateWorkflowTemplateBody = z.input<typeof UpdateWorkflowTemplateBody>;

const Ref = z.object({ id: z.uuid(), name: z.string() });

export const TemplateTask = z
  .object({
    key: z.uuid(),
    title: z.string(),
    description: z.string().nullable(),
    topic: Ref.nullable(),
    assignee: z.union([z.literal("responsible"), Ref, z.null()]).meta({
      description: '`"responsible"`, the member (id and name), or `null` for unassigned.',
    }),
    estimateMinutes: z.number().int().nullable(),
    checklist: z.array(z.string()),
    recurrence: Recurrence,
    due: DueRule,
  })
  .meta({ id: "TemplateTask" });
export type TemplateTask = z.infer<typeof TemplateTask>;

export const WorkflowTemplate = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    builtIn: z.boolean().meta({ description: "Comes with Kontor: it can be hidden or cloned, not changed." }),
    hidden: z.boolean(),
    tasks: z.array(TemplateTask),
    clientCount: z.number().int().meta({ description: "Clients the template is applied to." }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "WorkflowTemplate" });
export type WorkflowTemplate = z.infer<typeof WorkflowTemplate>;

export const WorkflowTemplateListQuery = z.object({
  includeHidden: z
    .enum(["true", "false"], { message: "Use true or false." })
    .optional()
    .transform((v) => v === "true"),
});

export const WorkflowTemplateList = z
  .object({ items: z.array(WorkflowTemplate) })
  .meta({ id: "WorkflowTemplateList", description: "Built-in templates first, then by name." });
export type WorkflowTemplateList = z.infer<typeof WorkflowTemplateList>;

export const ApplyWorkflowBody = z
  .object({
    clientIds: z
      .array(z.uuid({ message: "Choose clients of your company." }), { error: "Choose the clients." })
      .min(1, "Choose at least one client.")
      .max(2_000, "Apply to at most 2,000 clients at once.")
      .refine((ids) => new Set(ids).size === ids.length, "Name each client once."),
    startsOn: CalendarDateField.optional().meta({
      description: "The day the series starts (default: today in the company's zone).",
    }),
  })
  .meta({ id: "ApplyWorkflowBody" });
export type ApplyWorkflowBody = z.input<typeof ApplyWorkflowBody>;

export const ApplyWorkflowResult = z
  .object({
    applied: z.number().int().meta({ description: "Clients the template was applied to now." }),
    alreadyApplied: z
      .number()
      .int()
      .meta({ description: "Clients that had it already (left as they were)." }),
    tasksCreated: z.number().int().meta({ description: "Tasks due within the next 45 days, created now." }),
  })
  .meta({ id: "ApplyWorkflowResult" });
export type ApplyWorkflowResult = z.infer<typeof ApplyWorkflowResult>;

export const ClientWorkflow = z
  .object({
    id: z.uuid(),
    template: Ref.nullable().meta({ description: "The template it came from; null once that is deleted." }),
    name: z.string(),
    customized: z.boolean().meta({
      description: "The client has its own copy of the tasks; template changes no longer reach it.",
    }),
    startsOn: z.string(),
    tasks: z.array(
      TemplateTask.extend({
        nextDeadline: z.string().nullable().meta({ description: "The next occurrence's deadline, if any." }),
      }),
    ),
    createdAt: z.string(),
  })
  .meta({ id: "ClientWorkflow" });
export type ClientWorkflow = z.infer<typeof ClientWorkflow>;

export const ClientWorkflowList = z
  .object({ items: z.array(ClientWorkflow) })
  .meta({ id: "ClientWorkflowList" });
export type ClientWorkflowList = z.infer<typeof ClientWorkflowList>;

export const UpdateClientWorkflowBody = z
  .object({
    tasks: TemplateTasks.nullable().meta({
      description: "The client's own copy of the tasks; `null` goes back to following the template.",
    }),
  })
  .meta({ id: "UpdateClientWorkflowBody" });
export type UpdateClientWorkflowBody = z.input<typeof UpdateClientWorkflowBody>;

export const RemoveClientWorkflowResult = z
  .object({
    removedTasks: z
      .number()
      .int()
      .meta({ description: "Its tasks not done and due from today on, deleted; past and done ones stay." }),
  })
  .meta({ id: "RemoveClientWorkflowResult" });

export const RefusedRow = z.object({ row: z.number().int(), reason: z.string() }).meta({ id: "RefusedRow" });
export type RefusedRow = z.infer<typeof RefusedRow>;

export const UploadWorkflowTemplateResult = z
  .object({ template: WorkflowTemplate, refused: z.array(RefusedRow) })
  .meta({ id: "UploadWorkflowTemplateResult" });
export type UploadWorkflowTemplateResult = z.infer<typeof UploadWorkflowTemplateResult>;

export const DueDatesPreviewBody = z
  .object({ recurrence: Recurrence, due: DueRule })
  .superRefine(addScheduleIssues)
  .meta({ id: "DueDatesPreviewBody" });

export const DueDatesPreview = z
  .object({
    deadlines: z
      .array(z.object({ period: z.string(), deadline: z.string() }))
      .meta({ description: "The next occurrences from today, with the company's calendar." }),
  })
  .meta({ id: "DueDatesPreview" });
export type DueDatesPreview = z.infer<typeof DueDatesPreview>;

export const PlannedTask = z
  .object({
    planned: z.literal(true),
    workflowId: z.uuid(),
    taskKey: z.uuid(),
    period: z
      .string()
      .meta({ description: "The period it is for: 2027-03, 2027-Q1, 2027, a week's Monday." }),
    client: Ref,
    title: z.string(),
    topic: Ref.nullable(),
    assignees: z.array(Ref),
    startDate: z.string().nullable(),
    deadline: z.string(),
    estimateMinutes: z.number().int().nullable(),
  })
  .meta({
    id: "PlannedTask",
    description:
      "An occurrence of a workflow further than 45 days ahead: shown, not stored (no id), made a task when it comes within 45 days.",
  });
export type PlannedTask = z.infer<typeof PlannedTask>;

export const TaskListWithPlanned = z
  .object({ items: z.array(z.union([Task, PlannedTask])), total: z.number().int(), totalCapped: z.boolean() })
  .meta({
    id: "TaskListWithPlanned",
    description: "By deadline, then title; with `includePlanned=true`, planned occurrences among the tasks.",
  });
export type TaskListWithPlanned = z.infer<typeof TaskListWithPlanned>;
