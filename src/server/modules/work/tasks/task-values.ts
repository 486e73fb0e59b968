import { and, eq, inArray, isNull } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { clients } from "../../../db/schema/clients.js";
import { topics } from "../../../db/schema/topics.js";
import { users } from "../../../db/schema/users.js";
import { AppError } from "../../../lib/errors.js";

const invalid = (field: string, message: string) =>
  new AppError("validation_failed", message, [{ field, message }]);

/**
 * Refuses, naming the field, what a task cannot point to: another company's (or no) client, an
 * archived client for a new task, an archived or unknown topic, someone not in the company.
 */
export async function checkTaskReferences(
  scope: CompanyScope,
  refs: { clientId?: string; newTask?: boolean; topicId?: string | null; assigneeIds?: string[] },
): Promise<void> {
  if (refs.clientId) {
    const client = await scope.first(clients, eq(clients.id, refs.clientId));
    if (!client) throw invalid("clientId", "That client was not found.");
    if (refs.newTask && client.archivedAt) {
      throw invalid("clientId", `${client.name} is archived: restore the client first.`);
    }
  }
  if (refs.topicId) {
    const topic = await scope.first(topics, and(eq(topics.id, refs.topicId), isNull(topics.archivedAt)));
    if (!topic) throw invalid("topicId", "That topic was not found, or it is archived.");
  }
  if (refs.assigneeIds && refs.assigneeIds.length > 0) {
    const found = await scope.db
      .select({ id: users.id })
      .from(users)
      .where(scope.where(users, inArray(users.id, refs.assigneeIds)));
    if (found.length !== refs.assigneeIds.length) {
      throw invalid("assigneeIds", "Assign members of your company only.");
    }
  }
}
