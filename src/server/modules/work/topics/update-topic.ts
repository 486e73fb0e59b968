import { eq } from "drizzle-orm";
import type { Topic, UpdateTopicBody } from "../../../../shared/api/topics.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { topics } from "../../../db/schema/topics.js";
import { notFound } from "../../../lib/errors.js";
import { rethrowDuplicateName } from "./topic-values.js";
import { topicView } from "./topic-view.js";

export interface UpdateTopicInput {
  id: string;
  changes: UpdateTopicBody;
  now: Date;
}

/** Renames a topic, changes whether its time is billable, archives or restores it. */
export async function updateTopic(
  scope: CompanyScope,
  { id, changes, now }: UpdateTopicInput,
): Promise<Topic> {
  const set = {
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.billable !== undefined ? { billable: changes.billable } : {}),
    ...(changes.archived !== undefined ? { archivedAt: changes.archived ? now : null } : {}),
  };
  let rows: (typeof topics.$inferSelect)[];
  try {
    rows =
      Object.keys(set).length > 0
        ? await scope.update(topics, set, eq(topics.id, id)).returning()
        : await scope.select(topics, eq(topics.id, id));
  } catch (error) {
    rethrowDuplicateName(error, changes.name ?? "");
  }
  if (!rows[0]) throw notFound("The topic");
  return topicView(rows[0]);
}
