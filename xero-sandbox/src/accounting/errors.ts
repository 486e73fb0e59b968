import { randomUUID } from "node:crypto";

/**
 * Xero's error answers. Authentication and authorisation failures are Problem JSON
 * (`{"Type":null,"Title":"Unauthorized","Status":401,"Detail":"TokenExpired: …","Instance":…,"Extensions":{}}`);
 * request problems are Xero exceptions (`{"ErrorNumber":10,"Type":"ValidationException",…}`);
 * an unknown record is a bare 404 text.
 */

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  412: "Precondition Failed",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export function titleOf(status: number): string {
  return TITLES[status] ?? "Error";
}

export function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

export function problem(status: number, detail: string, headers: Record<string, string> = {}): Response {
  return new Response(
    JSON.stringify({
      Type: null,
      Title: titleOf(status),
      Status: status,
      Detail: detail,
      Instance: randomUUID(),
      Extensions: {},
    }),
    { status, headers: { "content-type": "application/problem+json; charset=utf-8", ...headers } },
  );
}

export const NOT_FOUND_TEXT = "The resource you're looking for cannot be found";

export function notFound(): Response {
  return new Response(NOT_FOUND_TEXT, {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

export interface ValidationErrorItem {
  Message: string;
}

export function validationException(
  elements: unknown[],
  message = "A validation exception occurred",
): Response {
  return json({ ErrorNumber: 10, Type: "ValidationException", Message: message, Elements: elements }, 400);
}

/** Body that is not JSON, or not the expected shape: Xero's PostDataInvalidException. */
export function postDataInvalid(message: string): Response {
  return json({ ErrorNumber: 14, Type: "PostDataInvalidException", Message: message }, 400);
}

/** A `where` or `order` Xero cannot parse. */
export function queryParseException(message: string): Response {
  return json({ ErrorNumber: 16, Type: "QueryParseException", Message: message }, 400);
}

/** A call the sandbox does not implement (Xero would answer it). */
export function notImplemented(what: string): Response {
  return json(
    {
      ErrorNumber: 20,
      Type: "NotImplementedException",
      Message: `${what} is not implemented by the Xero sandbox`,
    },
    501,
  );
}
