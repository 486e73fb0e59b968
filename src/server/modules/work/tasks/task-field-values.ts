import { and, eq, inArray, sql } from "drizzle-orm";
import type { CompanyScope } from "../../../db/company-scope.js";
import { taskFields, taskFieldValues } from "../../../db/schema/tasks.js";
import { AppError } from "../../../lib/errors.js";

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** The same number, whatever its form ("12", "12.0", "12.00"). */
const same = (a: string | null, b: string | null) =>
  a === null || b === null ? a === b : Number(a) === Number(b);

/**
 * Sets a task's number fields (null clears one) and says what changed, for its history.
 * A field that is not the company's is refused, naming `fields`.
 */
export async function setTaskFieldValues(
  scope: CompanyScope,
  taskId: string,
  values: { fieldId: string; value: string | null }[],
): Promise<FieldChange[]> {
  if (values.length === 0) return [];
  const ids = values.map((v) => v.fieldId);
  const known = await scope.db
    .select({ id: taskFields.id, name: taskFields.name })
    .from(taskFields)
    .where(scope.where(taskFields, inArray(taskFields.id, ids)));
  if (known.length !== ids.length) {
    const message = "That task field was not found: it may have been deleted.";
    throw new AppError("validation_failed", message, [{ field: "fields", message }]);
  }
  const names = new Map(known.map((f) => [f.id, f.name]));
  const current = await scope.db
    .select()
    .from(taskFieldValues)
    .where(
      scope.where(taskFieldValues, eq(taskFieldValues.taskId, taskId), inArray(taskFieldValues.fieldId, ids)),
    );
  const before = new Map(current.map((v) => [v.fieldId, v.value]));
  const changes: FieldChange[] = [];
  for (const { fieldId, value } of values) {
    const old = before.get(fieldId) ?? null;
    if (same(old, value)) continue;
    changes.push({ field: names.get(fieldId)!, before: old, after: value });
    if (value === null) {
      await scope.delete(
        taskFieldValues,
        and(eq(taskFieldValues.taskId, taskId), eq(taskFieldValues.fieldId, fieldId)),
      );
    } else {
      await scope.insert(taskFieldValues, { taskId, fieldId, value }).onConflictDoUpdate({
        target: [taskFieldValues.taskId, taskFieldValues.fieldId],
        set: { value: sql`excluded.value` },
      });
    }
  }
  return changes;
}
