import type { Timers } from "../../lib/timers.js";
import { IntegrationError } from "./integration-error.js";

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000 };

/** Backoff before attempt `n` (1-based retries): exponential with jitter, capped. */
export function backoffMs(policy: RetryPolicy, retry: number, random = Math.random): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}

/**
 * Runs `attempt` until it succeeds, fails for good, or runs out of attempts. Only transient
 * integration errors are retried; a rate limit waits as long as the provider asked.
 */
export async function withRetries<T>(
  timers: Timers,
  policy: RetryPolicy,
  attempt: (n: number) => Promise<T>,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const retryable = error instanceof IntegrationError && error.transient;
      if (!retryable || n >= policy.attempts) throw error;
      const wait = error.retryAfterSeconds ? error.retryAfterSeconds * 1000 : backoffMs(policy, n);
      await timers.sleep(wait);
    }
  }
}
