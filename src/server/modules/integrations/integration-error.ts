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

export class IntegrationError extends Error {
  constructor(
    readonly code: IntegrationErrorCode,
    message: string,
    readonly details?: unknown,
    /** When the caller may try again (rate limits), in seconds. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "IntegrationError";
  }

  /** Worth retrying later without anyone doing anything. */
  get transient(): boolean {
    return this.code === "rate_limited" || this.code === "unavailable";
  }

  toAppError(): AppError {
    const headers = this.retryAfterSeconds ? { "Retry-After": String(this.retryAfterSeconds) } : undefined;
    return new AppError(HTTP[this.code], this.message, this.details, headers);
  }
}
