import { inArray } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { CompanyScope, CompanyTable } from "../../db/company-scope.js";
import { AppError } from "../../lib/errors.js";

/**
 * The rows of `ids` that belong to the company, by id, in one query. Another company's id is
 * simply not found: callers answer 404 without telling whether it exists elsewhere.
 */
export async function loadCompanyRows<T extends CompanyTable & { id: PgColumn }>(
  scope: CompanyScope,
  table: T,
  ids: Iterable<string | null | undefined>,
): Promise<Map<string, T["$inferSelect"]>> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = (await scope.select(table, inArray(table.id, wanted))) as (T["$inferSelect"] & {
    id: string;
  })[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** 404 for an id in the request body that is not the company's, naming the field. */
export function referenceNotFound(what: string, field: string): AppError {
  const message = `${what} was not found. Choose one of your company's.`;
  return new AppError("not_found", message, [{ field, message }]);
}
