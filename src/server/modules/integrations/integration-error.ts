import { AppError, type ErrorCode } from "../../lib/errors.js";

/** What can go wrong talking to an accounting system, in a few codes a user can act on. */
export type IntegrationErrorCode =
  | "needs_reauth"
  | "forbidden"
  | "not_found"
  | "validation"
  | "rate_limited"
  | "unavailable"
  | "bad_response";

const HTTP: Record<IntegrationErrorCode, ErrorCode> = {
  needs_reauth: "integration_needs_reauth",
  forbidden: "integration_forbidden",
  not_found: "not_found",
  validation: "integration_validation",
  rate_limited: "integration_rate_limited",
  unavailable: "integration_unavailable",
  bad_response: "integration_unavailable",
};

/**
 * An AppError whose `kind` says what went wrong with the accounting system; its `code` is the
 * API's (e.g. `integration_needs_reauth`), so a route answers it like any other error.
 */
export class IntegrationError extends AppError {
  constructor(
    readonly kind: IntegrationErrorCode,
    message: string,
    details?: unknown,
    /** When the caller may try again (rate limits), in seconds. */
    readonly retryAfterSeconds?: number,
  ) {
    super(
      HTTP[kind],
      message,
      details,
      retryAfterSeconds ? { "Retry-After": String(retryAfterSeconds) } : undefined,
    );
    this.name = "IntegrationError";
  }

  /** Worth retrying later without anyone doing anything. */
  get transient(): boolean {
    return this.kind === "rate_limited" || this.kind === "unavailable";
  }
}
