/**
 * The sandbox's only source of time. Token expiry, rate-limit windows, idempotency memory,
 * webhook retries and every timestamp in an answer read it, so tests can move time on
 * (`advance`) instead of sleeping.
 */
export type ClockMode = "ticking" | "frozen";

export class Clock {
  private readonly mode: ClockMode;
  /** frozen: the current instant; ticking: the offset added to the wall clock. */
  private value: number;

  constructor(start: number, mode: ClockMode) {
    this.mode = mode;
    this.value = mode === "frozen" ? start : start - Date.now();
  }

  now(): number {
    return this.mode === "frozen" ? this.value : Date.now() + this.value;
  }

  advance(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError("advanceSeconds must be >= 0");
    this.value += Math.round(seconds * 1000);
  }

  get clockMode(): ClockMode {
    return this.mode;
  }
}
