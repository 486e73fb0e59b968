import { asc, eq } from "drizzle-orm";
import type { ClientWorkflow } from "../../../../shared/api/workflows.js";
import { nextOccurrence } from "../../../../shared/calendar/occurrences.js";
import { todayIn } from "../../../../shared/calendar-dates.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { clientWorkflows, workflowTemplates } from "../../../db/schema/workflows.js";
import { getCompanyCalendar } from "../../companies/get-company-calendar.js";
import { companyBusinessCalendar } from "../calendar/company-business-calendar.js";
import { namesFor, templateTaskView } from "./template-view.js";

/** A client's workflows (or one of them), each task with its next deadline from today. */
export async function clientWorkflowViews(
  scope: CompanyScope,
  { clientId, workflowId, now }: { clientId: string; workflowId?: string; now: Date },
): Promise<ClientWorkflow[]> {
  const rows = await scope.db
    .select({
      workflow: clientWorkflows,
      templateName: workflowTemplates.name,
      templateTasks: workflowTemplates.tasks,
    })
    .from(clientWorkflows)
    .leftJoin(workflowTemplates, eq(workflowTemplates.id, clientWorkflows.templateId))
    .where(
      scope.where(
        clientWorkflows,
        eq(clientWorkflows.clientId, clientId),
        workflowId ? eq(clientWorkflows.id, workflowId) : undefined,
      ),
    )
    .orderBy(asc(clientWorkflows.name), asc(clientWorkflows.createdAt));
  if (rows.length === 0) return [];
  const settings = await getCompanyCalendar(scope);
  const calendar = companyBusinessCalendar(settings);
  const today = todayIn(settings.timeZone, now);
  const lists = rows.map((r) => r.workflow.tasks ?? r.templateTasks ?? []);
  const names = await namesFor(scope, lists);
  return rows.map(({ workflow, templateName }, i) => ({
    id: workflow.id,
    template:
      workflow.templateId && templateName !== null ? { id: workflow.templateId, name: templateName } : null,
    name: workflow.name,
    customized: workflow.tasks !== null,
    startsOn: workflow.startsOn,
    tasks: lists[i]!.map((task) => ({
      ...templateTaskView(task, names),
      nextDeadline:
        nextOccurrence(task, calendar, laterOf(today, workflow.startsOn), { startsOn: workflow.startsOn })
          ?.deadline ?? null,
    })),
    createdAt: workflow.createdAt.toISOString(),
  }));
}

const laterOf = (a: string, b: string) => (a > b ? a : b);
