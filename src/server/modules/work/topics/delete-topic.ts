import { eq } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { topics } from "../../../db/schema/topics.js";
import { notFound } from "../../../lib/errors.js";

/** Deletes a topic for good; archiving instead keeps it on whatever names it. */
export async function deleteTopic(scope: CompanyScope, id: string): Promise<void> {
  const deleted = await scope.delete(topics, eq(topics.id, id)).returning({ id: topics.id });
  if (deleted.length === 0) throw notFound("The topic");
}
