import type { Clock } from "../../lib/clock.js";
import type { Logger } from "../../lib/logger.js";
import type { Timers } from "../../lib/timers.js";
import type { AccountingProvider, ProviderId } from "./accounting-provider.js";
import { RateLimiter } from "./rate-limiter.js";
import type { FetchLike } from "./xero/xero-oauth.js";
import { createXeroProvider, type XeroProvider } from "./xero/xero-provider.js";
import type { XeroSettings } from "./xero/xero-settings.js";

/** Every accounting integration by id; the type makes this list exhaustive. */
export type Providers = { xero: XeroProvider } & Record<ProviderId, AccountingProvider>;

// Under Xero's 60 calls a minute and 5 at once per organisation, with room for other processes.
const XERO_LIMITS = { perMinute: 55, concurrent: 4 };

export function createProviders(options: {
  xero: XeroSettings;
  clock: Clock;
  timers: Timers;
  logger: Logger;
  fetch?: FetchLike;
}): Providers {
  return {
    xero: createXeroProvider({
      settings: options.xero,
      clock: options.clock,
      limiter: new RateLimiter(options.timers, XERO_LIMITS),
      timers: options.timers,
      logger: options.logger,
      fetch: options.fetch,
    }),
  };
}
