import { asc, isNull, sql } from "drizzle-orm";
import type { TopicList } from "../../../../shared/api/topics.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { topics } from "../../../db/schema/topics.js";
import { topicView } from "./topic-view.js";

export interface ListTopicsInput {
  /** With the archived ones (the settings list); without, what a new task may take. */
  includeArchived: boolean;
}

/** The company's topics by name. */
export async function listTopics(
  scope: CompanyScope,
  { includeArchived }: ListTopicsInput,
): Promise<TopicList> {
  const rows = await scope.db
    .select()
    .from(topics)
    .where(scope.where(topics, includeArchived ? undefined : isNull(topics.archivedAt)))
    .orderBy(asc(sql`lower(${topics.name})`), asc(topics.id));
  return { items: rows.map(topicView) };
}
