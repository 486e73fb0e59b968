import type { AppRecord, GrantRecord } from "../identity/records.js";
import type { SandboxState } from "../state.js";
import type { XeroQuery } from "./query.js";
import type { Books } from "./records.js";

/** Who is calling which organisation: established by the gate before any handler runs. */
export interface ApiContext {
  state: SandboxState;
  app: AppRecord;
  grant: GrantRecord;
  tenantId: string;
  books: Books;
}

/** One accounting call as a handler sees it. */
export interface ApiRequest {
  method: string;
  /** The record id or number in `/Resource/{id}`, if any. */
  id?: string;
  query: XeroQuery;
  /** The raw body (already read, so idempotency and the handler see the same bytes). */
  bodyText: string;
  ifModifiedSince?: string;
}

export type ApiHandler = (api: ApiContext, request: ApiRequest) => Response | Promise<Response>;
