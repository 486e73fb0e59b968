import { describe, expect, it } from "vitest";
import { FakeTimers } from "../../lib/timers.js";
import { RateLimiter } from "./rate-limiter.js";

describe("RateLimiter", () => {
  it("never lets more than the per-minute limit through in any 60 seconds", async () => {
    const timers = new FakeTimers();
    const limiter = new RateLimiter(timers, { perMinute: 3, concurrent: 5 });
    const started: number[] = [];
    for (let i = 0; i < 7; i++) await limiter.run("org", async () => started.push(timers.now()));
    const t0 = started[0]!;
    expect(started.map((t) => t - t0)).toEqual([0, 0, 0, 60_000, 60_000, 60_000, 120_000]);
  });

  it("keeps at most `concurrent` calls in flight per organisation, and organisations apart", async () => {
    const limiter = new RateLimiter(new FakeTimers(), { perMinute: 100, concurrent: 2 });
    let inFlight = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const call = () =>
      limiter.run("a", async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise<void>((r) => releases.push(r));
        inFlight--;
      });
    const all = Promise.all([call(), call(), call(), call()]);
    let otherRan = false;
    await limiter.run("b", async () => {
      otherRan = true;
    });
    expect(otherRan).toBe(true);
    while (releases.length > 0 || inFlight > 0) {
      await new Promise((r) => setImmediate(r));
      releases.shift()?.();
    }
    await all;
    expect(most).toBe(2);
  });

  it("waits out a pause the provider asked for", async () => {
    const timers = new FakeTimers();
    const limiter = new RateLimiter(timers, { perMinute: 60, concurrent: 5 });
    limiter.pause("org", 7_000);
    const before = timers.now();
    await limiter.run("org", async () => {});
    expect(timers.now() - before).toBe(7_000);
  });
});
