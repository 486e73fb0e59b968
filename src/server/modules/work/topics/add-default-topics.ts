import { DEFAULT_TOPICS } from "../../../../shared/api/topics.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { topics } from "../../../db/schema/topics.js";

/** A new company's starting list of topics (it renames, archives or adds to them). */
export async function addDefaultTopics(scope: CompanyScope, now: Date): Promise<void> {
  await scope.insertMany(
    topics,
    DEFAULT_TOPICS.map((topic) => ({ ...topic, createdAt: now })),
  );
}
