import { isUniqueViolation } from "../../../db/errors.js";
import { AppError } from "../../../lib/errors.js";

/** A second topic of the same name (whatever its case) is refused, naming the field. */
export function rethrowDuplicateName(error: unknown, name: string): never {
  if (isUniqueViolation(error, "topics_name_key")) {
    throw new AppError("conflict", `There is a topic called ${name} already.`, [
      { field: "name", message: "Already a topic." },
    ]);
  }
  throw error;
}
