import { z } from "zod";
import { CalendarDateField } from "../calendar/fields.js";
import { TaskStatus } from "./tasks.js";

/** At most this many days at once: a month view with its leading and trailing weeks. */
export const CALENDAR_MAX_DAYS = 62;

export const CalendarQuery = z
  .object({
    from: CalendarDateField.meta({ description: "The first day." }),
    to: CalendarDateField.meta({
      description: `The last day; at most ${CALENDAR_MAX_DAYS} days after from.`,
    }),
    assignee: z
      .union([z.literal("me"), z.uuid()], { message: "Use me or a member's id." })
      .optional()
      .meta({ description: "`me`, or a member's id: their tasks." }),
    clientId: z.uuid({ message: "Not a valid client id." }).optional(),
    topicId: z.uuid({ message: "Not a valid topic id." }).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.to < q.from)
      ctx.addIssue({ code: "custom", path: ["to"], message: "Choose a last day on or after the first." });
    const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 + 1;
    if (days > CALENDAR_MAX_DAYS) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `Ask for at most ${CALENDAR_MAX_DAYS} days at once.`,
      });
    }
  });
export type CalendarQuery = z.infer<typeof CalendarQuery>;

export const CalendarItem = z
  .object({
    id: z
      .uuid()
      .nullable()
      .meta({ description: "The task; null for a planned occurrence (not a task yet)." }),
    planned: z.boolean().meta({ description: "A workflow's future occurrence, shown but not yet a task." }),
    title: z.string(),
    client: z.object({ id: z.uuid(), name: z.string() }),
    topic: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    assignees: z.array(z.object({ id: z.uuid(), name: z.string() })),
    deadline: z.string(),
    status: TaskStatus,
    overdue: z.boolean(),
  })
  .meta({ id: "CalendarItem" });
export type CalendarItem = z.infer<typeof CalendarItem>;

export const CalendarDays = z
  .object({
    days: z.array(z.object({ date: z.string(), items: z.array(CalendarItem) })),
  })
  .meta({ id: "CalendarDays", description: "Every day from `from` to `to`, each with its tasks by title." });
export type CalendarDays = z.infer<typeof CalendarDays>;
