import { z } from "zod";
import { CalendarDateField, WeekdayField } from "./fields.js";

/**
 * When recurring work happens and when it is due, as data (a workflow template's task keeps it,
 * the API accepts it). `occurrences.ts` turns it into dates with the company's calendar.
 *
 * The recurrence cuts time into periods: a week, a month, a quarter (January–March …) or a month
 * of the year. `month` narrows a quarter to one of its months (1–3) and picks the month of a
 * yearly task (1–12), so every due rule reads a period: "the 20th" is the 20th of its (first)
 * month, "the last business day" its last one, "20 business days after the end" counts from it.
 */

const monthOfQuarter = z
  .int({ error: "Choose the month of the quarter: 1, 2 or 3." })
  .min(1, "Choose the month of the quarter: 1, 2 or 3.")
  .max(3, "Choose the month of the quarter: 1, 2 or 3.");

const monthOfYear = z
  .int({ error: "Choose the month: 1 (January) … 12 (December)." })
  .min(1, "Choose the month: 1 (January) … 12 (December).")
  .max(12, "Choose the month: 1 (January) … 12 (December).");

export const Recurrence = z
  .discriminatedUnion(
    "every",
    [
      z.object({ every: z.literal("week") }),
      z.object({ every: z.literal("month") }),
      z.object({
        every: z.literal("quarter"),
        month: monthOfQuarter
          .optional()
          .meta({ description: "Only this month of each quarter (1–3); without it, the whole quarter." }),
      }),
      z.object({
        every: z.literal("year"),
        month: monthOfYear.meta({ description: "The month of the year the task belongs to." }),
      }),
      z.object({
        every: z.literal("once"),
        date: CalendarDateField.optional().meta({
          description:
            "The day of a one-off task; without it, the day the workflow is applied to the client.",
        }),
      }),
    ],
    { error: "Choose how often: week, month, quarter, year or once." },
  )
  .meta({
    id: "Recurrence",
    description:
      "How often the task comes back. A yearly task belongs to one month (`month`); a quarterly one to the whole quarter or, with `month`, one of its months.",
    example: { every: "month" },
  });
export type Recurrence = z.infer<typeof Recurrence>;
export type RecurrenceKind = Recurrence["every"];

const onNonWorkingDay = z
  .enum(["before", "after", "keep"], {
    error: "Choose before, after or keep for a day that is not a working day.",
  })
  .default("keep")
  .meta({
    description:
      "When the day is a weekend day or a public holiday: move to the working day before, the one after, or keep it.",
  });

export const DueRule = z
  .discriminatedUnion(
    "rule",
    [
      z
        .object({
          rule: z.literal("day_of_month"),
          day: z
            .int({ error: "Choose a day of the month: 1 … 31." })
            .min(1, "Choose a day of the month: 1 … 31.")
            .max(31, "Choose a day of the month: 1 … 31."),
          onNonWorkingDay,
        })
        .meta({
          description:
            "A fixed day of the period's (first) month. A day the month lacks is its last day: the 31st is 28 or 29 February.",
        }),
      z
        .object({ rule: z.literal("day_of_week"), day: WeekdayField, onNonWorkingDay })
        .meta({ description: "For weekly tasks: a day of the week, 1 = Monday … 7 = Sunday." }),
      z
        .object({
          rule: z.literal("business_days_after"),
          count: z
            .int({ error: "Enter a number of business days: 1 … 250." })
            .min(1, "Enter a number of business days: 1 … 250.")
            .max(250, "Enter a number of business days: 1 … 250."),
          from: z.enum(["period_start", "period_end"], {
            error: "Count from period_start or period_end.",
          }),
          holidays: z
            .boolean({ error: "Say whether public holidays are skipped: true or false." })
            .default(true)
            .meta({
              description: "true: public holidays are not business days; false: only weekends are skipped.",
            }),
        })
        .meta({
          description:
            "The count-th business day after the period starts (1 = its first business day) or after it ends (20 after January = the 20th business day after 31 January).",
        }),
      z.object({ rule: z.literal("last_business_day") }).meta({
        description: "The period's last working day that is not a public holiday.",
      }),
    ],
    { error: "Choose a due-date rule: day_of_month, day_of_week, business_days_after or last_business_day." },
  )
  .meta({
    id: "DueRule",
    description: "When a task of a period is due.",
    example: { rule: "business_days_after", count: 20, from: "period_end", holidays: true },
  });
export type DueRule = z.infer<typeof DueRule>;
export type DueRuleInput = z.input<typeof DueRule>;

/** A task's recurrence with its due-date rule. */
export interface Schedule {
  recurrence: Recurrence;
  due: DueRule;
}

/**
 * The checks between the two fields, for any object schema holding `recurrence` and `due`:
 * `z.object({ …, recurrence: Recurrence, due: DueRule }).superRefine(addScheduleIssues)`.
 */
export function addScheduleIssues(value: Schedule, ctx: z.RefinementCtx): void {
  const { every } = value.recurrence;
  const { rule } = value.due;
  const refuse = (message: string) => ctx.addIssue({ code: "custom", path: ["due", "rule"], message });
  if (every === "week" && rule === "day_of_month") {
    refuse("A weekly task is due on a day of the week: use day_of_week.");
  } else if (every !== "week" && rule === "day_of_week") {
    refuse(
      "A day of the week fits weekly tasks only: use day_of_month for a monthly, quarterly or yearly one.",
    );
  } else if (every === "once" && rule === "day_of_month") {
    refuse("A one-off task is due a number of business days after its date, or on its last business day.");
  }
}

export const Schedule = z
  .object({ recurrence: Recurrence, due: DueRule })
  .superRefine(addScheduleIssues)
  .meta({
    id: "Schedule",
    example: {
      recurrence: { every: "month" },
      due: { rule: "business_days_after", count: 20, from: "period_end", holidays: true },
    },
  });
