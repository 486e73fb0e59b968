import { randomUUID } from "node:crypto";
import { inArray, isNull } from "drizzle-orm";
import type { TemplateTaskInput } from "../../../../shared/api/workflows.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { topics } from "../../../db/schema/topics.js";
import { users } from "../../../db/schema/users.js";
import type { TemplateTaskRow } from "../../../db/schema/workflows.js";
import { AppError } from "../../../lib/errors.js";

const invalid = (field: string, message: string) =>
  new AppError("validation_failed", "Some fields need attention.", [{ field, message }]);

/**
 * Template tasks as stored, after refusing (naming the field) an unknown or archived topic,
 * someone not in the company, or a key sent twice. A task keeps the key it was sent with, so its
 * series goes on; a new task gets a new key.
 */
export async function toTemplateTaskRows(
  scope: CompanyScope,
  input: TemplateTaskInput[],
  field = "tasks",
): Promise<TemplateTaskRow[]> {
  const keys = new Set<string>();
  input.forEach((task, i) => {
    if (!task.key) return;
    if (keys.has(task.key))
      throw invalid(`${field}.${i}.key`, "Two tasks have the same key: send each once.");
    keys.add(task.key);
  });
  await checkReferences(scope, input, field);
  return input.map((task) => ({
    key: task.key ?? randomUUID(),
    title: task.title,
    description: task.description ?? null,
    topicId: task.topicId ?? null,
    assignee: task.assignee ?? null,
    estimateMinutes: task.estimateMinutes ?? null,
    checklist: task.checklist,
    recurrence: task.recurrence,
    due: task.due,
  }));
}

async function checkReferences(scope: CompanyScope, input: TemplateTaskInput[], field: string) {
  const topicIds = [...new Set(input.flatMap((t) => (t.topicId ? [t.topicId] : [])))];
  const memberIds = [
    ...new Set(input.flatMap((t) => (t.assignee && t.assignee !== "responsible" ? [t.assignee] : []))),
  ];
  const [foundTopics, foundMembers] = await Promise.all([
    topicIds.length === 0
      ? []
      : scope.db
          .select({ id: topics.id })
          .from(topics)
          .where(scope.where(topics, inArray(topics.id, topicIds), isNull(topics.archivedAt))),
    memberIds.length === 0
      ? []
      : scope.db
          .select({ id: users.id })
          .from(users)
          .where(scope.where(users, inArray(users.id, memberIds))),
  ]);
  const topicSet = new Set(foundTopics.map((t) => t.id));
  const memberSet = new Set(foundMembers.map((m) => m.id));
  input.forEach((task, i) => {
    if (task.topicId && !topicSet.has(task.topicId)) {
      throw invalid(`${field}.${i}.topicId`, "That topic was not found, or it is archived.");
    }
    if (task.assignee && task.assignee !== "responsible" && !memberSet.has(task.assignee)) {
      throw invalid(`${field}.${i}.assignee`, "Assign a member of your company.");
    }
  });
}
