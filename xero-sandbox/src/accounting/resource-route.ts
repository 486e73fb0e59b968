import type { DataArea } from "../identity/scopes.js";
import type { ApiHandler } from "./api-context.js";

/** One Accounting API collection and the operations the sandbox implements on it. */
export interface ResourceRoute {
  /** As in the URL and the answer's collection key, e.g. "Invoices". */
  name: string;
  area: DataArea;
  /** GET /{name} */
  list?: ApiHandler;
  /** GET /{name}/{id} */
  get?: ApiHandler;
  /** PUT /{name} */
  create?: ApiHandler;
  /** POST /{name} */
  upsert?: ApiHandler;
  /** POST /{name}/{id} */
  update?: ApiHandler;
}

export type Operation = "list" | "get" | "create" | "upsert" | "update";

export interface ResolvedRoute {
  route?: ResourceRoute;
  operation?: Operation;
  id?: string;
  /** True for sub-resources such as /Invoices/{id}/History, which the sandbox does not serve. */
  nested: boolean;
  write: boolean;
}

export function resolveRoute(routes: readonly ResourceRoute[], method: string, tail: string): ResolvedRoute {
  const segments = tail.split("/").filter((s) => s.length > 0);
  const [resource = "", rawId, ...rest] = segments;
  const route = routes.find((r) => r.name.toLowerCase() === resource.toLowerCase());
  const id = rawId === undefined ? undefined : safeDecode(rawId);
  const write = method !== "GET" && method !== "HEAD";
  let operation: Operation | undefined;
  if (method === "GET" || method === "HEAD") operation = id === undefined ? "list" : "get";
  else if (method === "PUT" && id === undefined) operation = "create";
  else if (method === "POST") operation = id === undefined ? "upsert" : "update";
  return { route, operation, id, nested: rest.length > 0, write };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
