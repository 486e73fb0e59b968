import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Every error code the API answers, with its HTTP status. */
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  plan_required: 402,
  forbidden: 403,
  cross_site_request: 403,
  not_found: 404,
  conflict: 409,
  duplicate_client: 409,
  email_taken: 409,
  company_name_taken: 409,
  gone: 410,
  rate_limited: 429,
  integration_needs_reauth: 409,
  integration_forbidden: 409,
  integration_validation: 422,
  integration_rate_limited: 429,
  integration_unavailable: 502,
  app_not_enabled: 409,
  internal: 500,
  service_unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** An error meant for the user: its message is shown as is, so it must say what to do. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): ContentfulStatusCode {
    return ERROR_STATUS[this.code];
  }
}

export function notFound(what: string): AppError {
  return new AppError("not_found", `${what} was not found.`);
}

export function forbidden(message = "Only the Company Owner or a Company Admin can do this."): AppError {
  return new AppError("forbidden", message);
}
