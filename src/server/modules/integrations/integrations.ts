import type { Config } from "../../config.js";
import type { Database } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import type { SecretBox } from "../../lib/crypto.js";
import type { Logger } from "../../lib/logger.js";
import type { Timers } from "../../lib/timers.js";
import { GrantLock } from "./connections/grant-lock.js";
import { GrantTokens } from "./connections/grant-tokens.js";
import { createProviders, type Providers } from "./registry.js";
import { ImportWorker } from "./sync/import-worker.js";
import type { FetchLike } from "./xero/xero-oauth.js";
import { type XeroApp, xeroSettings } from "./xero/xero-settings.js";

/** What the accounting integrations share in one process. */
export interface Integrations {
  providers: Providers;
  tokens: GrantTokens;
  box: SecretBox;
  timers: Timers;
  /** This process's part in running imports (the leases of the runs it works on). */
  importWorker: ImportWorker;
}

export interface IntegrationsOptions {
  database: Database;
  box: SecretBox;
  clock: Clock;
  timers: Timers;
  logger: Logger;
  config: Config;
  /** The Xero app to use when the config names none: the bundled sandbox, or a test's. */
  xeroApp?: XeroApp;
  fetch?: FetchLike;
}

export function createIntegrations(options: IntegrationsOptions): Integrations {
  const providers = createProviders({
    xero: xeroSettings(options.config, options.xeroApp),
    clock: options.clock,
    timers: options.timers,
    logger: options.logger,
    fetch: options.fetch,
  });
  const tokens = new GrantTokens(
    options.database.db,
    new GrantLock(options.database),
    options.box,
    providers,
    options.clock,
    options.logger,
  );
  return {
    providers,
    tokens,
    box: options.box,
    timers: options.timers,
    importWorker: new ImportWorker(options.database.db),
  };
}
