import { isUniqueViolation } from "../../../db/errors.js";
import { AppError } from "../../../lib/errors.js";

/** A second field of the same name (whatever its case) is refused, naming the field. */
export function rethrowDuplicateFieldName(error: unknown, name: string): never {
  if (isUniqueViolation(error, "task_fields_name_key")) {
    throw new AppError("conflict", `There is a task field called ${name} already.`, [
      { field: "name", message: "Already a task field." },
    ]);
  }
  throw error;
}
