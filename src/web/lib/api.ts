import type { ZodType } from "zod";
import { ErrorBody, FieldError } from "../../shared/api/common.js";

/** Field name → message, from a `validation_failed` (or similar) answer's details. */
export type FieldErrors = Record<string, string>;

/** An error answer from the Kontor API, or a failure to reach it, in words for the user. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldErrors = {},
    /** The answer's `details` as sent, for answers that carry more than field errors. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The session ended (or never existed): the user has to log in again. */
  get isUnauthenticated(): boolean {
    return this.status === 401 && this.code === "unauthenticated";
  }
}

function toFieldErrors(details: unknown): FieldErrors {
  if (!Array.isArray(details)) return {};
  const result: FieldErrors = {};
  for (const item of details) {
    const parsed = FieldError.safeParse(item);
    if (parsed.success && !(parsed.data.field in result)) result[parsed.data.field] = parsed.data.message;
  }
  return result;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(response.status, code, message, toFieldErrors(details), details);
  }
  return new ApiError(
    response.status,
    "unexpected_response",
    `Kontor answered unexpectedly (HTTP ${response.status}). Try again in a moment.`,
  );
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

async function send(method: Method, path: string, body?: unknown): Promise<Response> {
  const init: RequestInit = { method, headers: { Accept: "application/json" }, credentials: "same-origin" };
  if (body instanceof FormData) {
    // The browser sets multipart/form-data with its boundary.
    init.body = body;
  } else if (body !== undefined) {
    init.headers = { ...init.headers, "Content-Type": "application/json" };
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}`, init);
  } catch {
    throw new ApiError(0, "network", "Kontor could not be reached. Check your connection and try again.");
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

async function parse<T>(response: Response, schema: ZodType<T>): Promise<T> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      "unexpected_response",
      "Kontor answered in a form this page does not understand. Reload the page and try again.",
    );
  }
  return parsed.data;
}

/** The typed client for Kontor's API: every answer is checked against its shared schema. */
export const api = {
  async get<T>(path: string, schema: ZodType<T>): Promise<T> {
    return parse(await send("GET", path), schema);
  },
  async post<T>(path: string, body: unknown, schema: ZodType<T>): Promise<T> {
    return parse(await send("POST", path, body), schema);
  },
  async patch<T>(path: string, body: unknown, schema: ZodType<T>): Promise<T> {
    return parse(await send("PATCH", path, body), schema);
  },
  async put<T>(path: string, body: unknown, schema: ZodType<T>): Promise<T> {
    return parse(await send("PUT", path, body), schema);
  },
  /** For calls that answer 204 No Content. */
  async postEmpty(path: string, body?: unknown): Promise<void> {
    await send("POST", path, body);
  },
  /** For calls that answer with a file (a ZIP, a PDF): its bytes. */
  async postForFile(path: string, body: unknown): Promise<Blob> {
    return (await send("POST", path, body)).blob();
  },
  async delete(path: string): Promise<void> {
    await send("DELETE", path);
  },
  /** A DELETE that answers with what it did. */
  async deleteFor<T>(path: string, schema: ZodType<T>): Promise<T> {
    return parse(await send("DELETE", path), schema);
  },
  /** A file upload (multipart/form-data). */
  async postForm<T>(path: string, form: FormData, schema: ZodType<T>): Promise<T> {
    return parse(await send("POST", path, form), schema);
  },
};

/** A message for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "Something went wrong in this page. Reload it and try again.";
}
