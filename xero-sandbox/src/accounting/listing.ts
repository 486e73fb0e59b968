import type { ApiRequest } from "./api-context.js";
import { queryParseException } from "./errors.js";
import { type Pagination, pageOf, readPaging } from "./paging.js";
import { compileOrder, compileWhere } from "./where.js";
import { QueryParseError } from "./where-parser.js";
import { parseIfModifiedSince } from "./xero-date.js";

/** How a collection is listed: its wire shape, filterable fields and paging. */
export interface ListSpec<T> {
  records: Iterable<T>;
  toWire: (record: T) => Record<string, unknown>;
  /** Xero's type name, used in QueryParseException messages. */
  typeName: string;
  /** Fields `where` and `order` may name. */
  fields: readonly string[];
  /** Typed filters from query parameters (IDs, Statuses, includeArchived…). */
  keep?: (record: T) => boolean;
  /** Enables If-Modified-Since. */
  updatedAt?: (record: T) => number;
  paged: boolean;
}

export type ListResult =
  | { ok: true; items: Record<string, unknown>[]; pagination?: Pagination }
  | { ok: false; response: Response };

/**
 * Filters in Xero's order: typed parameters, If-Modified-Since (records changed at or after
 * the instant, to the second), `where`, then `order` (stable; default is the order records were created),
 * then paging.
 */
export function listRecords<T>(request: ApiRequest, spec: ListSpec<T>): ListResult {
  let records = [...spec.records];
  if (spec.keep) records = records.filter(spec.keep);
  const header = spec.updatedAt ? parseIfModifiedSince(request.ifModifiedSince) : undefined;
  // Xero compares "accurate to the second": milliseconds in the header are dropped.
  const since = header === undefined ? undefined : Math.floor(header / 1000) * 1000;
  if (since !== undefined && spec.updatedAt) {
    const updatedAt = spec.updatedAt;
    records = records.filter((r) => updatedAt(r) >= since);
  }
  let wires = records.map(spec.toWire);
  try {
    const where = request.query.get("where");
    if (where) {
      const predicate = compileWhere(where, spec.typeName, spec.fields);
      wires = wires.filter(predicate);
    }
    const order = request.query.get("order");
    if (order) wires.sort(compileOrder(order, spec.typeName, spec.fields));
  } catch (error) {
    if (error instanceof QueryParseError) return { ok: false, response: queryParseException(error.message) };
    throw error;
  }
  const paging = spec.paged ? readPaging(request.query) : undefined;
  if (!paging) return { ok: true, items: wires };
  const page = pageOf(wires, paging);
  return { ok: true, items: page.items, pagination: page.pagination };
}
