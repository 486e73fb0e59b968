import { isRecord } from "../http.js";
import type { ApiContext } from "./api-context.js";
import { envelope } from "./envelope.js";
import { json, postDataInvalid, type ValidationErrorItem, validationException } from "./errors.js";

/**
 * Batch writes as Xero answers them. Elements are processed one by one and valid ones are
 * saved even when others fail (a batch is not a transaction). With summarizeErrors=false the
 * answer is 200 and each element says `StatusAttributeString` OK or ERROR; otherwise any
 * failure makes it a 400 ValidationException listing the failed elements.
 */
export const MAX_BATCH_SIZE = 50;

export type ElementOutcome =
  | { ok: true; wire: Record<string, unknown> }
  | { ok: false; element: Record<string, unknown>; errors: ValidationErrorItem[] };

export type ParsedElements =
  | { ok: true; elements: Record<string, unknown>[] }
  | { ok: false; response: Response };

/** `{ "<Collection>": [ … ] }` or a single element object, as Xero's JSON reader accepts. */
export function readElements(bodyText: string, collection: string): ParsedElements {
  if (bodyText.trim() === "") return { ok: false, response: postDataInvalid("The request body is empty") };
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "syntax error";
    return { ok: false, response: postDataInvalid(`JSON for post data was invalid, ${reason}`) };
  }
  if (!isRecord(body)) {
    return { ok: false, response: postDataInvalid("JSON for post data was invalid, an object was expected") };
  }
  const record = body;
  const key = Object.keys(record).find((k) => k.toLowerCase() === collection.toLowerCase());
  const list = key === undefined ? [record] : record[key];
  const elements = Array.isArray(list) ? list.filter(isRecord) : [];
  if (!Array.isArray(list) || elements.length !== list.length) {
    return {
      ok: false,
      response: postDataInvalid(`JSON for post data was invalid, ${collection} must be a list of objects`),
    };
  }
  if (elements.length === 0) return { ok: false, response: postDataInvalid(`No ${collection} were given`) };
  if (elements.length > MAX_BATCH_SIZE) {
    return {
      ok: false,
      response: validationException(
        [],
        `No more than ${MAX_BATCH_SIZE} ${collection} can be saved in one request`,
      ),
    };
  }
  return { ok: true, elements };
}

export function batchAnswer(
  api: ApiContext,
  collection: string,
  outcomes: readonly ElementOutcome[],
  summarizeErrors: boolean,
  errorFlag: "HasErrors" | "HasValidationErrors",
): Response {
  const failed = (o: Extract<ElementOutcome, { ok: false }>) => ({
    ...o.element,
    [errorFlag]: true,
    StatusAttributeString: "ERROR",
    ValidationErrors: o.errors,
  });
  if (!summarizeErrors) {
    const items = outcomes.map((o) =>
      o.ok ? { ...o.wire, [errorFlag]: false, StatusAttributeString: "OK" } : failed(o),
    );
    return json(envelope(api, collection, items), 200);
  }
  const failures = outcomes.filter((o): o is Extract<ElementOutcome, { ok: false }> => !o.ok);
  if (failures.length > 0) return validationException(failures.map(failed));
  return json(
    envelope(
      api,
      collection,
      outcomes.map((o) => (o.ok ? { ...o.wire, StatusAttributeString: "OK" } : {})),
    ),
    200,
  );
}
