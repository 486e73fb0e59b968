import type { CreateTopicBody, Topic } from "../../../../shared/api/topics.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { topics } from "../../../db/schema/topics.js";
import { rethrowDuplicateName } from "./topic-values.js";
import { topicView } from "./topic-view.js";

export interface CreateTopicInput {
  topic: CreateTopicBody;
  now: Date;
}

export async function createTopic(scope: CompanyScope, { topic, now }: CreateTopicInput): Promise<Topic> {
  try {
    const [row] = await scope
      .insert(topics, { name: topic.name, billable: topic.billable, createdAt: now })
      .returning();
    return topicView(row!);
  } catch (error) {
    rethrowDuplicateName(error, topic.name);
  }
}
