import type { Role } from "../shared/roles.js";
import type { Config } from "./config.js";
import type { Database } from "./db/client.js";
import type { CompanyScope } from "./db/company-scope.js";
import type { Clock } from "./lib/clock.js";
import type { SecretBox } from "./lib/crypto.js";
import type { BaseEnv } from "./lib/http/base-env.js";
import type { Jobs } from "./lib/jobs.js";
import type { Logger } from "./lib/logger.js";
import type { Mailer } from "./lib/mail/mailer.js";
import type { Principal, PrincipalCache } from "./modules/auth/principal-cache.js";
import type { ClientTotals } from "./modules/clients/client-totals.js";
import type { Integrations } from "./modules/integrations/integrations.js";

/** What the server's parts share; built once by `createDeps` (server.ts, and the tests alike). */
export interface Deps {
  config: Config;
  database: Database;
  logger: Logger;
  clock: Clock;
  jobs: Jobs;
  principals: PrincipalCache;
  clientTotals: ClientTotals;
  integrations: Integrations;
  /** SMTP or the Outbox; send through `sendMail` (modules/mail), which never fails a request. */
  mailer: Mailer;
  /** Seals secrets at rest: OAuth tokens, queued and kept mail. */
  box: SecretBox;
  version: string;
}

/** Who is calling: set by `authenticate` for a signed-in request. */
export interface Auth {
  userId: string;
  companyId: string;
  role: Role;
  via: "session" | "token";
  sessionId?: string;
}

/** What a route handler finds on its context. */
export interface AppEnv {
  Variables: BaseEnv["Variables"] & {
    deps: Deps;
    auth: Auth;
    principal: Principal;
    scope: CompanyScope;
  };
}
