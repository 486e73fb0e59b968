import { randomUUID } from "node:crypto";
import { eq, inArray, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { addDays } from "../../../../shared/calendar/calendar-date.js";
import { todayIn } from "../../../../shared/calendar-dates.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { clients } from "../../../db/schema/clients.js";
import { taskAssignees, taskEvents, tasks } from "../../../db/schema/tasks.js";
import { topics } from "../../../db/schema/topics.js";
import { users } from "../../../db/schema/users.js";
import { clientWorkflows, workflowOccurrences, workflowTemplates } from "../../../db/schema/workflows.js";
import { getCompanyCalendar } from "../../companies/get-company-calendar.js";
import { companyBusinessCalendar } from "../calendar/company-business-calendar.js";
import {
  generationStart,
  occurrencesOf,
  occurrenceTitle,
  PLANNING_HORIZON_DAYS,
  type PlannedOccurrence,
} from "./plan-occurrences.js";

export interface GenerateWorkflowTasksInput {
  now: Date;
  /** Only these workflows (just applied); by default every one the day's run has not covered. */
  workflowIds?: string[];
}

// Workflows per transaction: small enough to keep locks short, large enough for few round trips.
const CHUNK = 100;

/**
 * Makes tasks of every workflow occurrence due within the next 45 days (in the company's zone).
 * Exactly once: each occurrence is first recorded in `workflow_occurrences` (unique per workflow,
 * task and period) and only the rows this run recorded become tasks, in the same transaction as
 * the workflow's `generatedThrough`. A second run, a crash mid-way or another process running at
 * the same time makes nothing twice; a run after days down catches up from where the last ended.
 */
export async function generateWorkflowTasks(
  scope: CompanyScope,
  { now, workflowIds }: GenerateWorkflowTasksInput,
): Promise<{ tasksCreated: number }> {
  const settings = await getCompanyCalendar(scope);
  const calendar = companyBusinessCalendar(settings);
  const today = todayIn(settings.timeZone, now);
  const horizon = addDays(today, PLANNING_HORIZON_DAYS);
  const due: SQL | undefined = or(
    isNull(clientWorkflows.generatedThrough),
    lt(clientWorkflows.generatedThrough, horizon),
    sql`${clientWorkflows.generatedVersion} is distinct from ${clientWorkflows.version}`,
  );
  const ids = workflowIds ? (workflowIds.length > 0 ? workflowIds : [randomUUID()]) : undefined;
  const rows = await scope.db
    .select({
      id: clientWorkflows.id,
      clientId: clientWorkflows.clientId,
      name: clientWorkflows.name,
      own: clientWorkflows.tasks,
      templateTasks: workflowTemplates.tasks,
      startsOn: clientWorkflows.startsOn,
      generatedThrough: clientWorkflows.generatedThrough,
      version: clientWorkflows.version,
      generatedVersion: clientWorkflows.generatedVersion,
      responsible: clients.responsibleUserId,
      archived: sql<boolean>`${clients.archivedAt} is not null`,
    })
    .from(clientWorkflows)
    .innerJoin(clients, eq(clients.id, clientWorkflows.clientId))
    .leftJoin(workflowTemplates, eq(workflowTemplates.id, clientWorkflows.templateId))
    .where(scope.where(clientWorkflows, due, ids ? inArray(clientWorkflows.id, ids) : undefined))
    .orderBy(clientWorkflows.id);
  if (rows.length === 0) return { tasksCreated: 0 };
  const [memberRows, topicRows] = await Promise.all([
    scope.db.select({ id: users.id }).from(users).where(scope.where(users)),
    scope.db.select({ id: topics.id }).from(topics).where(scope.where(topics)),
  ]);
  const members = new Set(memberRows.map((m) => m.id));
  const topicIds = new Set(topicRows.map((t) => t.id));
  let tasksCreated = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((row) => {
      const state = {
        id: row.id,
        tasks: row.own ?? row.templateTasks ?? [],
        startsOn: row.startsOn,
        generatedThrough: row.generatedThrough,
        changed: row.generatedVersion !== row.version,
      };
      // An archived client's work is not made.
      const found = row.archived
        ? []
        : occurrencesOf(state, calendar, { from: generationStart(state, today), to: horizon });
      return { row, found };
    });
    tasksCreated += await scope.transaction(async (tx) => {
      const made = await recordOccurrences(tx, chunk, { members, topicIds, now });
      // An archived client's workflow counts as covered through yesterday only: restored, it
      // starts again from that day, without the work of the time it was archived.
      const covered = chunk.map(({ row }) => ({
        id: row.id,
        version: row.version,
        through: row.archived ? addDays(today, -1) : horizon,
      }));
      await markGenerated(tx, covered, now);
      return made;
    });
  }
  return { tasksCreated };
}

interface Found {
  row: { id: string; clientId: string; name: string; responsible: string | null };
  found: PlannedOccurrence[];
}

interface Known {
  members: Set<string>;
  topicIds: Set<string>;
  now: Date;
}

// Rows per insert: well under PostgreSQL's 65,535 parameters for a task's 13 columns.
const ROWS_PER_INSERT = 1000;

/** Records the occurrences; the ones this run recorded (not there before) become tasks. */
async function recordOccurrences(tx: CompanyScope, chunk: Found[], known: Known): Promise<number> {
  const all = chunk.flatMap(({ row, found }) => found.map((f) => ({ row, ...f, taskId: randomUUID() })));
  let made = 0;
  for (let i = 0; i < all.length; i += ROWS_PER_INSERT) {
    made += await recordSlice(tx, all.slice(i, i + ROWS_PER_INSERT), known);
  }
  return made;
}

type Wanted = PlannedOccurrence & { row: Found["row"]; taskId: string };

async function recordSlice(tx: CompanyScope, wanted: Wanted[], known: Known): Promise<number> {
  const recorded = await tx
    .insertMany(
      workflowOccurrences,
      wanted.map((w) => ({
        workflowId: w.row.id,
        taskKey: w.task.key,
        period: w.occurrence.key,
        createdAt: known.now,
      })),
    )
    .onConflictDoNothing()
    .returning({
      workflowId: workflowOccurrences.workflowId,
      taskKey: workflowOccurrences.taskKey,
      period: workflowOccurrences.period,
    });
  const isNew = new Set(recorded.map((r) => `${r.workflowId}/${r.taskKey}/${r.period}`));
  const toMake = wanted.filter((w) => isNew.has(`${w.row.id}/${w.task.key}/${w.occurrence.key}`));
  if (toMake.length === 0) return 0;
  await tx.insertMany(
    tasks,
    toMake.map(({ row, task, occurrence, taskId }) => ({
      id: taskId,
      clientId: row.clientId,
      title: occurrenceTitle(task, occurrence),
      description: task.description,
      topicId: task.topicId && known.topicIds.has(task.topicId) ? task.topicId : null,
      startDate: occurrence.startDate,
      deadline: occurrence.deadline,
      estimateMinutes: task.estimateMinutes,
      checklist: task.checklist.map((text) => ({ text, done: false })),
      createdAt: known.now,
      updatedAt: known.now,
    })),
  );
  const assignees = toMake.flatMap(({ row, task, taskId }) => {
    const who = task.assignee === "responsible" ? row.responsible : task.assignee;
    return who && known.members.has(who) ? [{ taskId, userId: who }] : [];
  });
  if (assignees.length > 0) await tx.insertMany(taskAssignees, assignees);
  // The history's first entry: made by Kontor, from the workflow named.
  await tx.insertMany(
    taskEvents,
    toMake.map(({ row, taskId }) => ({
      taskId,
      at: known.now,
      userId: null,
      kind: "created",
      details: { item: row.name },
    })),
  );
  await tx.db.execute(sql`
    update workflow_occurrences o set task_id = v.task_id::uuid
    from (values ${sql.join(
      toMake.map((w) => sql`(${w.row.id}, ${w.task.key}, ${w.occurrence.key}, ${w.taskId})`),
      sql`, `,
    )}) as v(workflow_id, task_key, period, task_id)
    where o.workflow_id = v.workflow_id::uuid and o.task_key = v.task_key::uuid and o.period = v.period`);
  return toMake.length;
}

/** Covered through the day given, at the version read; a change made meanwhile stays to be looked at. */
async function markGenerated(
  tx: CompanyScope,
  read: { id: string; version: number; through: string }[],
  now: Date,
): Promise<void> {
  await tx.db.execute(sql`
    update client_workflows w
    set generated_through = greatest(w.generated_through, v.through::date),
        generated_version = v.version::int, updated_at = ${now.toISOString()}::timestamptz
    from (values ${sql.join(
      read.map((r) => sql`(${r.id}, ${r.version}, ${r.through})`),
      sql`, `,
    )}) as v(id, version, through)
    where w.id = v.id::uuid and w.company_id = ${tx.companyId}`);
}
