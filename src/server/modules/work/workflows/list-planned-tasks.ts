import { and, eq, isNull } from "drizzle-orm";
import type { PlannedTask } from "../../../../shared/api/workflows.js";
import { addDays, type CalendarDate, laterDate } from "../../../../shared/calendar/calendar-date.js";
import { todayIn } from "../../../../shared/calendar-dates.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { clients } from "../../../db/schema/clients.js";
import { clientWorkflows, workflowTemplates } from "../../../db/schema/workflows.js";
import { AppError } from "../../../lib/errors.js";
import { getCompanyCalendar } from "../../companies/get-company-calendar.js";
import { companyBusinessCalendar } from "../calendar/company-business-calendar.js";
import { occurrencesOf, occurrenceTitle, PLANNING_HORIZON_DAYS } from "./plan-occurrences.js";
import { namesFor, templateTaskView } from "./template-view.js";

export interface PlannedFilter {
  /** Only occurrences this member will be assigned. */
  assigneeId?: string;
  clientId?: string;
  topicId?: string;
  from: CalendarDate;
  to: CalendarDate;
}

// Beyond this many, a window is too wide to show planned work in (e.g. years of weekly tasks).
export const MAX_PLANNED = 5_000;

/**
 * Occurrences not made into tasks yet (due after what generation covered, at least 45 days ahead)
 * with deadlines from `from` to `to`, by deadline then title: computed, never stored.
 */
export async function listPlannedTasks(
  scope: CompanyScope,
  { filter, now }: { filter: PlannedFilter; now: Date },
): Promise<PlannedTask[]> {
  const settings = await getCompanyCalendar(scope);
  const today = todayIn(settings.timeZone, now);
  const horizon = addDays(today, PLANNING_HORIZON_DAYS);
  if (filter.to <= horizon) return [];
  const rows = await scope.db
    .select({
      workflow: clientWorkflows,
      templateTasks: workflowTemplates.tasks,
      clientName: clients.name,
      responsible: clients.responsibleUserId,
    })
    .from(clientWorkflows)
    .innerJoin(clients, eq(clients.id, clientWorkflows.clientId))
    .leftJoin(workflowTemplates, eq(workflowTemplates.id, clientWorkflows.templateId))
    .where(
      scope.where(
        clientWorkflows,
        and(isNull(clients.archivedAt), filter.clientId ? eq(clients.id, filter.clientId) : undefined),
      ),
    );
  if (rows.length === 0) return [];
  const calendar = companyBusinessCalendar(settings);
  const lists = rows.map((r) =>
    (r.workflow.tasks ?? r.templateTasks ?? []).filter(
      (task) =>
        (!filter.topicId || task.topicId === filter.topicId) &&
        (!filter.assigneeId ||
          (task.assignee === "responsible" ? r.responsible : task.assignee) === filter.assigneeId),
    ),
  );
  const names = await namesFor(
    scope,
    lists,
    rows.flatMap((r) => (r.responsible ? [r.responsible] : [])),
  );
  const planned: PlannedTask[] = [];
  rows.forEach(({ workflow, clientName, responsible }, i) => {
    const covered = laterDate(workflow.generatedThrough ?? addDays(workflow.startsOn, -1), horizon);
    const from = laterDate(filter.from, addDays(covered, 1));
    if (from > filter.to) return;
    for (const { task, occurrence } of occurrencesOf({ ...workflow, tasks: lists[i]! }, calendar, {
      from,
      to: filter.to,
    })) {
      const view = templateTaskView(task, names);
      const who = task.assignee === "responsible" ? responsible : task.assignee;
      const name = who ? names.get(who) : undefined;
      planned.push({
        planned: true,
        workflowId: workflow.id,
        taskKey: task.key,
        period: occurrence.key,
        client: { id: workflow.clientId, name: clientName },
        title: occurrenceTitle(task, occurrence),
        topic: view.topic,
        assignees: who && name !== undefined ? [{ id: who, name }] : [],
        startDate: occurrence.startDate,
        deadline: occurrence.deadline,
        estimateMinutes: task.estimateMinutes,
      });
      if (planned.length > MAX_PLANNED) throw tooMany();
    }
  });
  return planned.sort((a, b) =>
    a.deadline !== b.deadline ? (a.deadline < b.deadline ? -1 : 1) : a.title.localeCompare(b.title),
  );
}

function tooMany() {
  return new AppError("validation_failed", "Some fields need attention.", [
    { field: "to", message: "That is too much planned work to show at once: choose a shorter period." },
  ]);
}
