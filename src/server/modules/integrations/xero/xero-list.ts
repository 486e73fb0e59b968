import type { z } from "zod";
import type { Logger } from "../../../lib/logger.js";
import type { RefusedRecord } from "../accounting-provider.js";
import { IntegrationError } from "../integration-error.js";
import { XeroPagination } from "./schemas/envelope.js";
import { cleanText } from "./schemas/text.js";

/** One of Xero's list answers: `{ Id, Status, ProviderName, DateTimeUTC, pagination?, <Collection>: [...] }`. */
export interface XeroListSpec<T> {
  /** The collection's member, e.g. `Contacts`. */
  collection: string;
  /** In the user's words: "contacts" for messages about the list, "contact" for one element. */
  what: string;
  one: string;
  element: z.ZodType<T>;
  /** The members that name an element in a refusal: its id and its name. */
  idField: string;
  nameField: string;
  /** Elements Kontor has no use for (archived, purchase-only…) are passed over unread. */
  wanted?: (raw: Record<string, unknown>) => boolean;
}

export interface XeroListPage<T> {
  items: T[];
  refused: RefusedRecord[];
  /** How many elements the answer held, readable or not (a short page is the last). */
  count: number;
  pagination: XeroPagination | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const NOTHING_CHANGED = "Nothing was changed; try again later.";

/**
 * Reads a list answer: the envelope strictly (no collection, or an error answered with status 200,
 * is an unexpected answer that fails the step), each element on its own (one Kontor cannot read is
 * refused with the reason, the others are read).
 */
export function readXeroList<T>(body: unknown, spec: XeroListSpec<T>, logger: Logger): XeroListPage<T> {
  const unexpected = (message: string) => {
    logger.warn(
      { collection: spec.collection, members: isRecord(body) ? Object.keys(body).slice(0, 10) : typeof body },
      "Xero list answer without its list",
    );
    return new IntegrationError("bad_response", message);
  };
  if (!isRecord(body)) {
    throw unexpected(
      `Xero answered the list of ${spec.what} with something that is not a list. ${NOTHING_CHANGED}`,
    );
  }
  const error = errorIn(body);
  if (error !== null) {
    throw unexpected(
      `Xero answered the list of ${spec.what} with an error${error ? ` ("${error}")` : ""} instead of the list. ${NOTHING_CHANGED}`,
    );
  }
  const elements = body[spec.collection];
  if (!Array.isArray(elements)) {
    throw unexpected(
      `Xero's answer to the list of ${spec.what} had no ${spec.what} in it, which Kontor did not expect. ${NOTHING_CHANGED}`,
    );
  }
  const items: T[] = [];
  const refused: RefusedRecord[] = [];
  for (const raw of elements) {
    if (!isRecord(raw)) {
      refused.push({
        externalId: null,
        name: null,
        reason: `Xero sent something that is not a ${spec.one}.`,
      });
      continue;
    }
    if (spec.wanted && !spec.wanted(raw)) continue;
    const parsed = spec.element.safeParse(raw);
    if (parsed.success) items.push(parsed.data);
    else
      refused.push({
        externalId: idOf(raw[spec.idField]),
        name: label(raw[spec.nameField], 200),
        reason: reasonFor(parsed.error.issues[0]!, raw, spec.one),
      });
  }
  // Paging is read when it makes sense; a reader never depends on it alone.
  const pagination = XeroPagination.safeParse(body.pagination);
  return { items, refused, count: elements.length, pagination: pagination.success ? pagination.data : null };
}

/** Xero's error shapes (ValidationException, Problem JSON), or an envelope whose Status is not OK. */
function errorIn(body: Record<string, unknown>): string | null {
  const looksLikeError =
    "ErrorNumber" in body ||
    (typeof body.Type === "string" && body.Type.endsWith("Exception")) ||
    ("Title" in body && "Detail" in body) ||
    (body.Status !== undefined && body.Status !== "OK");
  if (!looksLikeError) return null;
  for (const said of [body.Message, body.Detail, body.Title]) {
    const text = label(said, 200);
    if (text) return text;
  }
  return "";
}

/** An id to name a refused record by: only one that is exactly what Xero sent, and short enough to be one. */
function idOf(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 100 || !value.trim()) return null;
  return cleanText(value) === value ? value : null;
}

/** A value to name something by in a message: text, cleaned and cut short; anything else is no name. */
function label(value: unknown, max: number): string | null {
  if (typeof value !== "string") return null;
  const text = cleanText(value).replace(/\s+/g, " ").trim();
  if (!text) return null;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function reasonFor(issue: z.core.$ZodIssue, raw: unknown, one: string): string {
  const field = issue.path.map(String).join(".") || one;
  const value = valueAt(raw, issue.path);
  if (issue.code === "custom" && issue.params?.forUser) return issue.message;
  if (value === undefined || value === null) return `Xero sent this ${one} without its ${field}.`;
  if (issue.code === "too_big" && typeof value === "string")
    return `Its ${field} in Xero is longer than ${issue.maximum} characters.`;
  return `Xero sent its ${field} in a form Kontor cannot read.`;
}
