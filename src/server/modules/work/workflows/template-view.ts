import { count, inArray } from "drizzle-orm";
import type { TemplateTask, WorkflowTemplate } from "../../../../shared/api/workflows.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { topics } from "../../../db/schema/topics.js";
import { users } from "../../../db/schema/users.js";
import {
  clientWorkflows,
  type TemplateTaskRow,
  type workflowTemplates,
} from "../../../db/schema/workflows.js";

type Names = Map<string, string>;

/** The names of the topics and members the given task lists (and `people`) point to, in two queries. */
export async function namesFor(
  scope: CompanyScope,
  lists: TemplateTaskRow[][],
  people: string[] = [],
): Promise<Names> {
  const all = lists.flat();
  const topicIds = [...new Set(all.flatMap((t) => (t.topicId ? [t.topicId] : [])))];
  const memberIds = [
    ...new Set([
      ...people,
      ...all.flatMap((t) => (t.assignee && t.assignee !== "responsible" ? [t.assignee] : [])),
    ]),
  ];
  const [topicRows, memberRows] = await Promise.all([
    topicIds.length === 0
      ? []
      : scope.db
          .select({ id: topics.id, name: topics.name })
          .from(topics)
          .where(scope.where(topics, inArray(topics.id, topicIds))),
    memberIds.length === 0
      ? []
      : scope.db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(scope.where(users, inArray(users.id, memberIds))),
  ]);
  return new Map([...topicRows, ...memberRows].map((r) => [r.id, r.name]));
}

/** A stored task as the API shows it; a topic or member since deleted shows as none. */
export function templateTaskView(task: TemplateTaskRow, names: Names): TemplateTask {
  const topicName = task.topicId ? names.get(task.topicId) : undefined;
  const memberName = task.assignee && task.assignee !== "responsible" ? names.get(task.assignee) : undefined;
  return {
    key: task.key,
    title: task.title,
    description: task.description,
    topic: task.topicId && topicName !== undefined ? { id: task.topicId, name: topicName } : null,
    assignee:
      task.assignee === "responsible"
        ? "responsible"
        : task.assignee && memberName !== undefined
          ? { id: task.assignee, name: memberName }
          : null,
    estimateMinutes: task.estimateMinutes,
    checklist: task.checklist,
    recurrence: task.recurrence,
    due: task.due,
  };
}

export function workflowTemplateView(
  row: typeof workflowTemplates.$inferSelect,
  clientCount: number,
  names: Names,
): WorkflowTemplate {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    builtIn: row.builtIn !== null,
    hidden: row.hidden,
    tasks: row.tasks.map((task) => templateTaskView(task, names)),
    clientCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The templates as the API shows them, each with how many clients have it. */
export async function workflowTemplateViews(
  scope: CompanyScope,
  rows: (typeof workflowTemplates.$inferSelect)[],
): Promise<WorkflowTemplate[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [counts, names] = await Promise.all([
    scope.db
      .select({ id: clientWorkflows.templateId, n: count() })
      .from(clientWorkflows)
      .where(scope.where(clientWorkflows, inArray(clientWorkflows.templateId, ids)))
      .groupBy(clientWorkflows.templateId),
    namesFor(
      scope,
      rows.map((r) => r.tasks),
    ),
  ]);
  return rows.map((row) => workflowTemplateView(row, counts.find((c) => c.id === row.id)?.n ?? 0, names));
}
