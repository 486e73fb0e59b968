import { isUniqueViolation } from "../../db/errors.js";
import { AppError } from "../../lib/errors.js";

/** A registry code is unique within a company; the database says so, this says it in words. */
export function rethrowDuplicateRegistryCode(error: unknown, code: string | null | undefined): never {
  if (isUniqueViolation(error, "clients_registry_code_key")) {
    const message = `Another client already has the registry code ${code ?? ""}.`.replace(" .", ".");
    throw new AppError("conflict", message, [{ field: "registryCode", message }]);
  }
  throw error;
}
