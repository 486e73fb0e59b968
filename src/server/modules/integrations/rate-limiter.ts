import type { Timers } from "../../lib/timers.js";

export interface RateLimits {
  /** Calls in any 60-second span; Xero allows 60 per organisation in a fixed minute. */
  perMinute: number;
  /** Calls in flight at once; Xero allows 5 per organisation. */
  concurrent: number;
}

interface Bucket {
  /** Start times of the calls in the last minute, oldest first. */
  calls: number[];
  active: number;
  pausedUntil: number;
  waiting: (() => void)[];
}

const MINUTE = 60_000;

/**
 * Keeps each organisation's calls under its limits by design, so a 429 is the exception: no
 * more than `perMinute` calls in any 60-second span (which also bounds every fixed minute), no
 * more than `concurrent` at once, and none while the provider asked to wait (Retry-After).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly timers: Timers,
    private readonly limits: RateLimits,
  ) {}

  private bucket(key: string): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { calls: [], active: 0, pausedUntil: 0, waiting: [] };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  async run<T>(key: string, call: () => Promise<T>): Promise<T> {
    const bucket = this.bucket(key);
    await this.acquire(bucket);
    try {
      return await call();
    } finally {
      bucket.active--;
      bucket.waiting.shift()?.();
    }
  }

  /** The provider asked for a pause (429 Retry-After, or no calls left this minute). */
  pause(key: string, ms: number): void {
    const bucket = this.bucket(key);
    bucket.pausedUntil = Math.max(bucket.pausedUntil, this.timers.now() + ms);
  }

  private async acquire(bucket: Bucket): Promise<void> {
    for (;;) {
      const now = this.timers.now();
      while (bucket.calls.length > 0 && bucket.calls[0]! <= now - MINUTE) bucket.calls.shift();
      if (now < bucket.pausedUntil) {
        await this.timers.sleep(bucket.pausedUntil - now);
      } else if (bucket.calls.length >= this.limits.perMinute) {
        await this.timers.sleep(bucket.calls[0]! + MINUTE - now);
      } else if (bucket.active >= this.limits.concurrent) {
        await new Promise<void>((resolve) => bucket.waiting.push(resolve));
      } else {
        bucket.active++;
        bucket.calls.push(now);
        return;
      }
    }
  }
}
