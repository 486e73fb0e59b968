import { randomUUID } from "node:crypto";
import type { ApiContext } from "./api-context.js";
import { json } from "./errors.js";
import type { Pagination } from "./paging.js";
import { msDateNoOffset } from "./xero-date.js";

/**
 * Xero's answer envelope: `{ Id, Status, ProviderName, DateTimeUTC, pagination?, <Collection> }`.
 * ProviderName is the name of the calling app, as at Xero.
 */
export function envelope(
  api: ApiContext,
  collection: string,
  items: unknown[],
  pagination?: Pagination,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    Id: randomUUID(),
    Status: "OK",
    ProviderName: api.app.name,
    DateTimeUTC: msDateNoOffset(api.state.clock.now()),
  };
  if (pagination) body.pagination = pagination;
  body[collection] = items;
  return body;
}

export function envelopeResponse(
  api: ApiContext,
  collection: string,
  items: unknown[],
  pagination?: Pagination,
): Response {
  return json(envelope(api, collection, items, pagination), 200);
}

/** Drops undefined members so answers omit absent fields the way Xero does. */
export function compact<T extends Record<string, unknown>>(record: T): T {
  for (const key of Object.keys(record)) {
    if (record[key] === undefined) delete record[key];
  }
  return record;
}
