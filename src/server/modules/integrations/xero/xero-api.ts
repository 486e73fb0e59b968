import type { z } from "zod";
import type { Logger } from "../../../lib/logger.js";
import type { Timers } from "../../../lib/timers.js";
import type { AccessTokens } from "../accounting-provider.js";
import { IntegrationError } from "../integration-error.js";
import type { RateLimiter } from "../rate-limiter.js";
import { DEFAULT_RETRY, withRetries } from "../retry.js";
import { XeroConnections } from "./schemas/connection.js";
import { xeroErrorFrom } from "./xero-errors.js";
import type { FetchLike } from "./xero-oauth.js";

export interface XeroRequest<T> {
  method: "GET" | "PUT" | "POST" | "DELETE";
  /** Under the API base, e.g. `/api.xro/2.0/Contacts` or `/connections`. */
  path: string;
  tenantId?: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Required for writes to be retried; Xero replays the first answer for a repeated key. */
  idempotencyKey?: string;
  ifModifiedSince?: Date;
  schema: z.ZodType<T>;
  /** What a 304 Not Modified stands for (e.g. an empty page); without it a 304 is unexpected. */
  whenNotModified?: T;
}

const TIMEOUT_MS = 30_000;

/**
 * The one way Kontor calls Xero's APIs: rate-limited per organisation, retried with backoff for
 * 5xx and network errors (writes only with an idempotency key), a 401 answered by one token
 * refresh, every answer validated against a zod schema and every failure mapped to a code.
 */
export class XeroApi {
  private readonly dayLeft = new Map<string, number>();

  constructor(
    private readonly apiUrl: string,
    private readonly limiter: RateLimiter,
    private readonly timers: Timers,
    private readonly logger: Logger,
    private readonly fetchImpl: FetchLike = fetch,
  ) {}

  async request<T>(tokens: AccessTokens, req: XeroRequest<T>): Promise<T> {
    const retryable = req.method === "GET" || req.idempotencyKey !== undefined;
    let refreshed = false;
    return withRetries(this.timers, DEFAULT_RETRY, async () => {
      let token = await tokens.get();
      for (;;) {
        const response = await this.send(token, req, retryable);
        if (response.status === 401) {
          // The access token may have been revoked early: one refresh, then Xero's answer stands.
          if (!refreshed) {
            refreshed = true;
            token = await tokens.refreshAfterRejection(token);
            continue;
          }
          await tokens.rejectedAgain();
        }
        return this.read(response, req);
      }
    });
  }

  connections(tokens: AccessTokens, authEventId?: string | null) {
    return this.request(tokens, {
      method: "GET",
      path: "/connections",
      query: authEventId ? { authEventId } : undefined,
      schema: XeroConnections,
    });
  }

  private async send(token: string, req: XeroRequest<unknown>, retryable: boolean): Promise<Response> {
    const url = new URL(this.apiUrl + req.path);
    for (const [key, value] of Object.entries(req.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: "application/json" };
    if (req.tenantId) headers["xero-tenant-id"] = req.tenantId;
    if (req.idempotencyKey) headers["Idempotency-Key"] = req.idempotencyKey;
    if (req.ifModifiedSince) headers["If-Modified-Since"] = req.ifModifiedSince.toUTCString();
    if (req.body !== undefined) headers["Content-Type"] = "application/json";
    const limiterKey = req.tenantId ?? "connections";
    let response: Response;
    try {
      response = await this.limiter.run(limiterKey, () =>
        this.fetchImpl(url, {
          method: req.method,
          headers,
          body: req.body === undefined ? undefined : JSON.stringify(req.body),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        }),
      );
    } catch (error) {
      this.logger.warn(
        { method: req.method, path: req.path, err: (error as Error).name },
        "Xero did not answer",
      );
      const message = "Xero did not answer. Kontor will try again.";
      // Without an idempotency key a write may have happened: it must not be sent twice.
      throw retryable
        ? new IntegrationError("unavailable", message)
        : new IntegrationError(
            "bad_response",
            "Xero did not answer, so it is not known whether the change was made.",
          );
    }
    this.observeLimits(limiterKey, response);
    if (response.status === 429) {
      const error = await xeroErrorFrom(response);
      // A 429 was not processed, so any request may be sent again after the wait, except past the day limit.
      if (error.details && (error.details as { problem?: string }).problem === "day") {
        throw new IntegrationError("rate_limited", error.message, error.details);
      }
      this.limiter.pause(limiterKey, (error.retryAfterSeconds ?? 60) * 1000);
      throw error;
    }
    if (response.status >= 500 && !retryable) {
      throw new IntegrationError(
        "bad_response",
        "Xero failed while handling the change; it is not known whether it was made.",
      );
    }
    return response;
  }

  /** How many calls Xero last said this organisation has left today (undefined until it said). */
  callsLeftToday(tenantId: string): number | undefined {
    return this.dayLeft.get(tenantId);
  }

  /**
   * Xero tells how many calls remain this minute (none left means wait for the next minute) and
   * today, which long reads use to stop before they would spend the organisation's day.
   */
  private observeLimits(key: string, response: Response): void {
    const minute = response.headers.get("x-minlimit-remaining");
    if (minute !== null && Number(minute) <= 0) this.limiter.pause(key, 60_000);
    const day = response.headers.get("x-daylimit-remaining")?.trim();
    if (day && /^\d{1,9}$/.test(day)) this.dayLeft.set(key, Number(day));
  }

  private async read<T>(response: Response, req: XeroRequest<T>): Promise<T> {
    if (response.status === 304 && req.whenNotModified !== undefined) return req.whenNotModified;
    if (!response.ok) throw await xeroErrorFrom(response);
    if (response.status === 204) return req.schema.parse(undefined);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new IntegrationError("bad_response", "Xero answered with something that is not JSON.");
    }
    const parsed = req.schema.safeParse(body);
    if (!parsed.success) {
      this.logger.warn(
        {
          path: req.path,
          issues: parsed.error.issues
            .slice(0, 5)
            .map((i) => ({ path: i.path.join("."), message: i.message })),
        },
        "Xero answer did not match the expected shape",
      );
      throw new IntegrationError(
        "bad_response",
        "Xero answered in a way Kontor did not expect, so nothing was changed.",
      );
    }
    return parsed.data;
  }
}
