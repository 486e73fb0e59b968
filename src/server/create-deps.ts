import type { Deps } from "./app-env.js";
import type { Config } from "./config.js";
import type { Database } from "./db/client.js";
import type { Clock } from "./lib/clock.js";
import type { SecretBox } from "./lib/crypto.js";
import { noJobs } from "./lib/jobs.js";
import type { Logger } from "./lib/logger.js";
import type { Timers } from "./lib/timers.js";
import { PrincipalCache } from "./modules/auth/principal-cache.js";
import { ClientTotals } from "./modules/clients/client-totals.js";
import { createIntegrations, type IntegrationsOptions } from "./modules/integrations/integrations.js";
import { createMailer } from "./modules/mail/create-mailer.js";

export interface DepsInput {
  config: Config;
  database: Database;
  logger: Logger;
  clock: Clock;
  timers: Timers;
  box: SecretBox;
  version: string;
  /** The Xero app when the config names none (the bundled sandbox, a test's sandbox). */
  xeroApp?: IntegrationsOptions["xeroApp"];
  /** How Kontor reaches Xero (a test records the calls). */
  fetch?: IntegrationsOptions["fetch"];
}

/**
 * The composition root: every service the server's parts share, wired once, here. The server
 * and the tests both build their Deps with it, so a new service is added in one place.
 * `jobs` starts as "none": the caller puts the real queue (or a test's) in once it runs.
 */
export function createDeps(input: DepsInput): Deps {
  return {
    config: input.config,
    database: input.database,
    logger: input.logger,
    clock: input.clock,
    version: input.version,
    jobs: noJobs,
    principals: new PrincipalCache(),
    clientTotals: new ClientTotals(),
    box: input.box,
    mailer: createMailer(input.config, { db: input.database.db, box: input.box, clock: input.clock }),
    integrations: createIntegrations({
      database: input.database,
      box: input.box,
      clock: input.clock,
      timers: input.timers,
      logger: input.logger,
      config: input.config,
      xeroApp: input.xeroApp,
      fetch: input.fetch,
    }),
  };
}
