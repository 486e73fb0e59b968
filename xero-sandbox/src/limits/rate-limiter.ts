import type { Clock } from "../clock.js";

/**
 * Xero's API limits. Per connection (app × organisation): 60 calls in a fixed minute window,
 * 5,000 in a fixed UTC day, 5 in flight at once; per app: 10,000 calls a minute across all
 * organisations. A call refused with 429 is not counted; every admitted call is, whatever its
 * answer (validation errors and 404s use up quota at Xero too).
 */
export interface RateLimits {
  perMinute: number;
  perDay: number;
  concurrent: number;
  appPerMinute: number;
}

export const XERO_LIMITS: RateLimits = { perMinute: 60, perDay: 5000, concurrent: 5, appPerMinute: 10_000 };

export type RateLimitProblem = "minute" | "day" | "concurrent" | "appminute";

export type Admission =
  | { ok: true; headers: Record<string, string>; release: () => void }
  | { ok: false; problem: RateLimitProblem; retryAfterSeconds: number; headers: Record<string, string> };

interface WindowCount {
  window: number;
  count: number;
}

interface ConnectionUsage {
  minute: WindowCount;
  day: WindowCount;
  inFlight: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export class RateLimiter {
  private limits: RateLimits;
  private readonly connections = new Map<string, ConnectionUsage>();
  private readonly apps = new Map<string, WindowCount>();

  constructor(
    private readonly clock: Clock,
    limits: Partial<RateLimits> = {},
  ) {
    this.limits = { ...XERO_LIMITS, ...limits };
  }

  get current(): RateLimits {
    return { ...this.limits };
  }

  setLimits(limits: Partial<RateLimits>): void {
    this.limits = { ...this.limits, ...limits };
  }

  /** Forgets all counts (not the in-flight calls, which release themselves). */
  resetCounts(): void {
    for (const usage of this.connections.values()) {
      usage.minute = { window: 0, count: 0 };
      usage.day = { window: 0, count: 0 };
    }
    this.apps.clear();
  }

  admit(clientId: string, tenantId: string): Admission {
    const now = this.clock.now();
    const minuteWindow = Math.floor(now / MINUTE_MS);
    const dayWindow = Math.floor(now / DAY_MS);
    const usage = this.usage(clientId, tenantId);
    if (usage.minute.window !== minuteWindow) usage.minute = { window: minuteWindow, count: 0 };
    if (usage.day.window !== dayWindow) usage.day = { window: dayWindow, count: 0 };
    let app = this.apps.get(clientId);
    if (!app || app.window !== minuteWindow) {
      app = { window: minuteWindow, count: 0 };
      this.apps.set(clientId, app);
    }
    const toNextMinute = Math.max(1, Math.ceil(((minuteWindow + 1) * MINUTE_MS - now) / 1000));
    const toNextDay = Math.max(1, Math.ceil(((dayWindow + 1) * DAY_MS - now) / 1000));

    let problem: RateLimitProblem | undefined;
    let retryAfterSeconds = 1;
    if (app.count >= this.limits.appPerMinute) {
      problem = "appminute";
      retryAfterSeconds = toNextMinute;
    } else if (usage.day.count >= this.limits.perDay) {
      problem = "day";
      retryAfterSeconds = toNextDay;
    } else if (usage.minute.count >= this.limits.perMinute) {
      problem = "minute";
      retryAfterSeconds = toNextMinute;
    } else if (usage.inFlight >= this.limits.concurrent) {
      problem = "concurrent";
      retryAfterSeconds = 1;
    }
    if (problem) {
      return { ok: false, problem, retryAfterSeconds, headers: this.headers(usage, app) };
    }
    usage.minute.count++;
    usage.day.count++;
    app.count++;
    usage.inFlight++;
    let released = false;
    return {
      ok: true,
      headers: this.headers(usage, app),
      release: () => {
        if (!released) {
          released = true;
          usage.inFlight--;
        }
      },
    };
  }

  /** Calls in progress and what is left of each window, per connection (for /__sandbox/stats). */
  snapshot(): Array<{
    clientId: string;
    tenantId: string;
    inFlight: number;
    minuteCount: number;
    dayCount: number;
  }> {
    const now = this.clock.now();
    const minuteWindow = Math.floor(now / MINUTE_MS);
    const dayWindow = Math.floor(now / DAY_MS);
    return [...this.connections.entries()].map(([key, usage]) => {
      const [clientId = "", tenantId = ""] = key.split("\u0000");
      return {
        clientId,
        tenantId,
        inFlight: usage.inFlight,
        minuteCount: usage.minute.window === minuteWindow ? usage.minute.count : 0,
        dayCount: usage.day.window === dayWindow ? usage.day.count : 0,
      };
    });
  }

  private usage(clientId: string, tenantId: string): ConnectionUsage {
    const key = `${clientId}\u0000${tenantId}`;
    let usage = this.connections.get(key);
    if (!usage) {
      usage = { minute: { window: 0, count: 0 }, day: { window: 0, count: 0 }, inFlight: 0 };
      this.connections.set(key, usage);
    }
    return usage;
  }

  private headers(usage: ConnectionUsage, app: WindowCount): Record<string, string> {
    return {
      "X-MinLimit-Remaining": String(Math.max(0, this.limits.perMinute - usage.minute.count)),
      "X-DayLimit-Remaining": String(Math.max(0, this.limits.perDay - usage.day.count)),
      "X-AppMinLimit-Remaining": String(Math.max(0, this.limits.appPerMinute - app.count)),
    };
  }
}
