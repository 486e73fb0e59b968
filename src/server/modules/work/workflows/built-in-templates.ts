import { randomUUID } from "node:crypto";
import { isNotNull, isNull } from "drizzle-orm";
import type { DueRule, Recurrence } from "../../../../shared/calendar/schedule.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { topics } from "../../../db/schema/topics.js";
import { workflowTemplates } from "../../../db/schema/workflows.js";

interface BuiltInTask {
  title: string;
  /** A default topic's name; the company's topic of that name, if it still has one. */
  topic: string;
  estimateMinutes: number;
  checklist: string[];
  recurrence: Recurrence;
  due: DueRule;
}

const monthly: Recurrence = { every: "month" };
const afterMonthEnd = (count: number): DueRule => ({
  rule: "business_days_after",
  count,
  from: "period_end",
  holidays: true,
});

/** The work most firms do, ready to apply. Keys are stable: they name a template per company. */
export const BUILT_IN_TEMPLATES: readonly {
  key: string;
  name: string;
  description: string;
  tasks: BuiltInTask[];
}[] = [
  {
    key: "monthly-bookkeeping",
    name: "Monthly bookkeeping",
    description: "The month's documents entered and the bank reconciled, a week into the next month.",
    tasks: [
      {
        title: "Bookkeeping",
        topic: "Bookkeeping",
        estimateMinutes: 120,
        checklist: ["Sales invoices entered", "Purchase invoices entered", "Bank reconciled"],
        recurrence: monthly,
        due: afterMonthEnd(7),
      },
    ],
  },
  {
    key: "monthly-vat-return",
    name: "Monthly VAT return",
    description: "The VAT return for each month, 20 business days after the month ends.",
    tasks: [
      {
        title: "VAT return",
        topic: "VAT return",
        estimateMinutes: 60,
        checklist: ["Sales and purchases checked", "Return filed", "Client told the amount due"],
        recurrence: monthly,
        due: afterMonthEnd(20),
      },
    ],
  },
  {
    key: "quarterly-vat-return",
    name: "Quarterly VAT return",
    description: "The VAT return for each quarter, 20 business days after the quarter ends.",
    tasks: [
      {
        title: "VAT return",
        topic: "VAT return",
        estimateMinutes: 90,
        checklist: ["Sales and purchases checked", "Return filed", "Client told the amount due"],
        recurrence: { every: "quarter" },
        due: afterMonthEnd(20),
      },
    ],
  },
  {
    key: "monthly-payroll",
    name: "Monthly payroll",
    description: "Salaries paid before the 25th, and the payroll declaration after the month ends.",
    tasks: [
      {
        title: "Run payroll",
        topic: "Payroll",
        estimateMinutes: 60,
        checklist: ["Hours and absences received", "Payslips sent", "Payments prepared"],
        recurrence: monthly,
        due: { rule: "day_of_month", day: 25, onNonWorkingDay: "before" },
      },
      {
        title: "Payroll declaration",
        topic: "Payroll",
        estimateMinutes: 30,
        checklist: [],
        recurrence: monthly,
        due: afterMonthEnd(8),
      },
    ],
  },
  {
    key: "annual-report",
    name: "Annual report",
    description: "The annual report of each year, 120 business days (about six months) after it ends.",
    tasks: [
      {
        title: "Annual report",
        topic: "Annual report",
        estimateMinutes: 600,
        checklist: ["Year-end closing entries", "Financial statements", "Management report", "Filed"],
        recurrence: { every: "year", month: 12 },
        due: afterMonthEnd(120),
      },
    ],
  },
];

/**
 * Gives the company the built-in templates it does not have yet (a company made before they
 * existed gets them on its first look). Safe to run twice at once: each is unique per company.
 */
export async function addBuiltInTemplates(scope: CompanyScope, now: Date): Promise<void> {
  const have = await scope.db
    .select({ builtIn: workflowTemplates.builtIn })
    .from(workflowTemplates)
    .where(scope.where(workflowTemplates, isNotNull(workflowTemplates.builtIn)));
  const missing = BUILT_IN_TEMPLATES.filter((t) => !have.some((h) => h.builtIn === t.key));
  if (missing.length === 0) return;
  const topicRows = await scope.db
    .select({ id: topics.id, name: topics.name })
    .from(topics)
    .where(scope.where(topics, isNull(topics.archivedAt)));
  const topicId = (name: string) =>
    topicRows.find((t) => t.name.toLowerCase() === name.toLowerCase())?.id ?? null;
  await scope
    .insertMany(
      workflowTemplates,
      missing.map((template) => ({
        name: template.name,
        description: template.description,
        builtIn: template.key,
        tasks: template.tasks.map(({ topic, ...task }) => ({
          ...task,
          key: randomUUID(),
          description: null,
          topicId: topicId(topic),
          assignee: "responsible",
        })),
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflictDoNothing();
}
