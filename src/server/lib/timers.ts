/** Time for code that waits (rate limits, backoff): real by default, instant in tests. */
export interface Timers {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTimers: Timers = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Sleeping moves its own clock forward at once and records how long each wait was. */
export class FakeTimers implements Timers {
  readonly sleeps: number[] = [];
  constructor(private current = Date.parse("2026-01-15T09:00:00Z")) {}
  now(): number {
    return this.current;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.current += ms;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
