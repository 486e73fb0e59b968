import type { Topic } from "../../../../shared/api/topics.js";
import type { topics } from "../../../db/schema/topics.js";

export function topicView(row: typeof topics.$inferSelect): Topic {
  return { id: row.id, name: row.name, billable: row.billable, archived: row.archivedAt !== null };
}
