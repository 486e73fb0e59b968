import { inArray } from "drizzle-orm";
import type { TaskEventKind, UpdateTaskBody } from "../../../../shared/api/tasks.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { taskEvents, type tasks } from "../../../db/schema/tasks.js";
import { topics } from "../../../db/schema/topics.js";
import { users } from "../../../db/schema/users.js";

type TaskRow = typeof tasks.$inferSelect;

/** What the person did, when it is more than a plain edit: it names the history entry. */
export type TaskAction = "edit" | "postpone" | "later";

export interface TaskEventDetails {
  changes?: { field: string; before: string | null; after: string | null }[];
  from?: string | null;
  to?: string | null;
  item?: string;
}

interface NewEvent {
  kind: TaskEventKind;
  details: TaskEventDetails;
}

export interface RecordChangesInput {
  taskId: string;
  before: TaskRow;
  changes: UpdateTaskBody;
  /** The assignees before the change (ids), when `changes.assigneeIds` is sent. */
  assigneesBefore: string[];
  /** Number fields that changed, by the field's name. */
  numberChanges?: { field: string; before: string | null; after: string | null }[];
  action: TaskAction;
  userId: string | null;
  now: Date;
  bulk?: boolean;
}

const STATUS_WORDS = { not_started: "Not started", in_progress: "In progress", done: "Done" } as const;

/** Names for ids (people or topics), looked up once. */
async function namesOf(scope: CompanyScope, userIds: string[], topicIds: string[]) {
  const names = new Map<string, string>();
  if (userIds.length > 0) {
    const rows = await scope.db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(scope.where(users, inArray(users.id, userIds)));
    for (const r of rows) names.set(r.id, r.name);
  }
  if (topicIds.length > 0) {
    const rows = await scope.db
      .select({ id: topics.id, name: topics.name })
      .from(topics)
      .where(scope.where(topics, inArray(topics.id, topicIds)));
    for (const r of rows) names.set(r.id, r.name);
  }
  return names;
}

/**
 * Writes a task's history entries for one change (call inside the change's transaction):
 * done/reopened, postponed, moved to later, checklist items ticked or unticked, and one
 * `changed` entry listing the other fields with their values before and after.
 */
export async function recordTaskChanges(scope: CompanyScope, input: RecordChangesInput): Promise<void> {
  const { before, changes, action } = input;
  const events: NewEvent[] = [];
  const fieldChanges: NonNullable<TaskEventDetails["changes"]> = [];

  const assigneesAfter = changes.assigneeIds;
  const assigneesChanged =
    assigneesAfter !== undefined &&
    [...assigneesAfter].sort().join() !== [...input.assigneesBefore].sort().join();
  const topicChanged = changes.topicId !== undefined && (changes.topicId ?? null) !== before.topicId;
  const names = await namesOf(
    scope,
    assigneesChanged ? [...input.assigneesBefore, ...(assigneesAfter ?? [])] : [],
    topicChanged ? [before.topicId, changes.topicId].filter((id): id is string => !!id) : [],
  );
  const people = (ids: string[]) =>
    ids.length === 0 ? null : ids.map((id) => names.get(id) ?? "someone").join(", ");

  if (changes.status !== undefined && changes.status !== before.status) {
    if (changes.status === "done") events.push({ kind: "done", details: {} });
    else if (before.status === "done") events.push({ kind: "reopened", details: { to: changes.status } });
    else {
      fieldChanges.push({
        field: "status",
        before: STATUS_WORDS[before.status],
        after: STATUS_WORDS[changes.status],
      });
    }
  }
  if (changes.deadline !== undefined && changes.deadline !== before.deadline) {
    if (action === "postpone") {
      events.push({ kind: "postponed", details: { from: before.deadline, to: changes.deadline } });
    } else fieldChanges.push({ field: "deadline", before: before.deadline, after: changes.deadline });
  }
  const startDate = changes.startDate === undefined ? before.startDate : (changes.startDate ?? null);
  if (startDate !== before.startDate) {
    if (action === "later") {
      events.push({ kind: "moved_to_later", details: { from: before.startDate, to: startDate } });
    } else fieldChanges.push({ field: "startDate", before: before.startDate, after: startDate });
  }
  if (changes.title !== undefined && changes.title !== before.title) {
    fieldChanges.push({ field: "title", before: before.title, after: changes.title });
  }
  if (changes.description !== undefined && (changes.description ?? null) !== before.description) {
    fieldChanges.push({ field: "description", before: null, after: null });
  }
  if (topicChanged) {
    const name = (id: string | null | undefined) => (id ? (names.get(id) ?? null) : null);
    fieldChanges.push({ field: "topic", before: name(before.topicId), after: name(changes.topicId) });
  }
  if (assigneesChanged) {
    fieldChanges.push({
      field: "assignees",
      before: people(input.assigneesBefore),
      after: people(assigneesAfter ?? []),
    });
  }
  const estimate = changes.estimateMinutes === undefined ? before.estimateMinutes : changes.estimateMinutes;
  if ((estimate ?? null) !== before.estimateMinutes) {
    const minutes = (m: number | null | undefined) => (m == null ? null : String(m));
    fieldChanges.push({
      field: "estimateMinutes",
      before: minutes(before.estimateMinutes),
      after: minutes(estimate),
    });
  }
  if (changes.checklist !== undefined) {
    const old = before.checklist;
    const now = changes.checklist;
    const sameItems = old.length === now.length && old.every((item, i) => item.text === now[i]!.text);
    if (sameItems) {
      now.forEach((item, i) => {
        if (item.done !== old[i]!.done) {
          events.push({
            kind: item.done ? "checklist_ticked" : "checklist_unticked",
            details: { item: item.text },
          });
        }
      });
    } else fieldChanges.push({ field: "checklist", before: null, after: null });
  }
  fieldChanges.push(...(input.numberChanges ?? []));
  if (fieldChanges.length > 0) events.unshift({ kind: "changed", details: { changes: fieldChanges } });
  await writeTaskEvents(scope, input.taskId, events, input);
}

/** Adds history entries to a task. */
export async function writeTaskEvents(
  scope: CompanyScope,
  taskId: string,
  events: NewEvent[],
  { userId, now, bulk = false }: { userId: string | null; now: Date; bulk?: boolean },
): Promise<void> {
  if (events.length === 0) return;
  await scope.insertMany(
    taskEvents,
    events.map((e) => ({ taskId, at: now, userId, kind: e.kind, bulk, details: { ...e.details } })),
  );
}
