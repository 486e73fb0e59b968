import { isObject } from "./openapi-schema.js";

/** Finding the OpenAPI operation for a concrete method and path, the way Xero routes them. */

export interface OperationMatch {
  document: "accounting" | "identity";
  pathTemplate: string;
  method: string;
  operation: Record<string, unknown>;
  pathItem: Record<string, unknown>;
  pathParams: Record<string, string>;
}

const METHODS = new Set(["get", "put", "post", "delete", "patch", "head"]);

export interface LoadedDocument {
  name: "accounting" | "identity";
  spec: Record<string, unknown>;
}

/** The part of a URL or path that the given document's `paths` describe. */
export function documentPath(path: string): { name: "accounting" | "identity"; tail: string } | undefined {
  const pathname = (() => {
    try {
      return new URL(path, "http://x").pathname;
    } catch {
      return path;
    }
  })();
  const marker = pathname.toLowerCase().indexOf("/api.xro/2.0");
  if (marker >= 0) return { name: "accounting", tail: pathname.slice(marker + "/api.xro/2.0".length) || "/" };
  const connections = /\/connections(\/[^/]+)?\/?$/i.exec(pathname);
  if (connections) return { name: "identity", tail: connections[0].replace(/\/$/, "") };
  return undefined;
}

function segments(path: string): string[] {
  return path.split("/").filter((s) => s.length > 0);
}

export function findOperations(
  documents: readonly LoadedDocument[],
  method: string,
  path: string,
): OperationMatch[] {
  const located = documentPath(path);
  if (!located) return [];
  const document = documents.find((d) => d.name === located.name);
  const paths = document && isObject(document.spec.paths) ? document.spec.paths : {};
  const wanted = segments(located.tail).map((s) => decodeURIComponent(s));
  const matches: Array<OperationMatch & { literals: number }> = [];
  for (const [template, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const operation = item[method.toLowerCase()];
    if (!METHODS.has(method.toLowerCase()) || !isObject(operation)) continue;
    const parts = segments(template);
    if (parts.length !== wanted.length) continue;
    const pathParams: Record<string, string> = {};
    let literals = 0;
    const ok = parts.every((part, i) => {
      const actual = wanted[i] ?? "";
      const param = /^\{(.+)\}$/.exec(part);
      if (param?.[1]) {
        pathParams[param[1]] = actual;
        return true;
      }
      literals++;
      return part.toLowerCase() === actual.toLowerCase();
    });
    if (ok)
      matches.push({
        document: located.name,
        pathTemplate: template,
        method: method.toUpperCase(),
        operation,
        pathItem: item,
        pathParams,
        literals,
      });
  }
  return matches.sort((a, b) => b.literals - a.literals);
}
