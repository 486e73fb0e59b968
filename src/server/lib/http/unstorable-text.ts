import type { MiddlewareHandler } from "hono";
import type { FieldError } from "../../../shared/api/common.js";
import { AppError } from "../errors.js";

// PostgreSQL cannot store U+0000 in text or jsonb, and a lone UTF-16 surrogate is no character at
// all (text would store it as U+FFFD, jsonb refuses it).
const NUL = "\u0000";
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a piece of text cannot be stored, or null when it can. */
export function unstorableText(text: string): string | null {
  if (text.includes(NUL)) return "Remove the NUL character (U+0000): text cannot contain it.";
  if (LONE_SURROGATE.test(text))
    return "This text holds a broken character (a lone surrogate). Type it again.";
  return null;
}

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;
const FORM_TYPE = /^(multipart\/form-data|application\/x-www-form-urlencoded)$/i;
const MAX_REPORTED = 20;

interface Node {
  value: unknown;
  key: string;
  parent: Node | null;
}

function pathOf(node: Node): string {
  const parts: string[] = [];
  for (let n: Node | null = node; n?.parent; n = n.parent) parts.unshift(n.key);
  return parts.join(".") || "(body)";
}

/** Every string in a parsed JSON value, keys too, walked without recursion (nesting is the client's choice). */
function checkJson(root: unknown, problems: FieldError[]): void {
  const stack: Node[] = [{ value: root, key: "", parent: null }];
  while (stack.length > 0 && problems.length < MAX_REPORTED) {
    const node = stack.pop()!;
    const { value } = node;
    if (typeof value === "string") {
      const message = unstorableText(value);
      if (message) problems.push({ field: pathOf(node), message });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], key: String(i), parent: node });
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value).reverse()) {
        const message = unstorableText(key);
        if (message) problems.push({ field: pathOf({ value: item, key: "(key)", parent: node }), message });
        stack.push({ value: item, key, parent: node });
      }
    }
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Refuses, with 400 `validation_failed` naming the field, a request whose path, query string, JSON
 * or form body holds text the database cannot store, before any route sees it: every route, present
 * and future, is covered without its schema saying so.
 */
export const refuseUnstorableText: MiddlewareHandler = async (c, next) => {
  const problems: FieldError[] = [];
  // Such characters can only come percent-encoded in an address (a request line cannot hold them).
  if (c.req.url.includes("%")) {
    const { pathname } = new URL(c.req.url);
    const pathProblem = pathname
      .split("/")
      .map((segment) => unstorableText(decodeSegment(segment)))
      .find((message) => message !== null);
    if (pathProblem) problems.push({ field: "(path)", message: pathProblem });
    for (const [name, values] of Object.entries(c.req.queries())) {
      const nameProblem = unstorableText(name);
      const valueProblem = values.map(unstorableText).find((message) => message !== null);
      if (nameProblem) problems.push({ field: "(query)", message: nameProblem });
      else if (valueProblem) problems.push({ field: name, message: valueProblem });
    }
  }
  if (c.req.method !== "GET" && c.req.method !== "HEAD") {
    const type = c.req.header("content-type")?.split(";")[0]?.trim() ?? "";
    if (JSON_TYPE.test(type)) {
      // Hono keeps the parsed body: the route's validator reads the same one. Malformed JSON is its to refuse.
      const body = await c.req.json().then(
        (parsed: unknown) => ({ parsed }),
        () => null,
      );
      if (body) checkJson(body.parsed, problems);
    } else if (FORM_TYPE.test(type)) {
      const form = await c.req.formData().catch(() => null);
      form?.forEach((value, name) => {
        const message = unstorableText(name) ?? (typeof value === "string" ? unstorableText(value) : null);
        if (message) problems.push({ field: name, message });
      });
    }
  }
  if (problems.length > 0) {
    throw new AppError("validation_failed", "Some fields need attention.", problems.slice(0, MAX_REPORTED));
  }
  await next();
};
