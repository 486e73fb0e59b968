import type { Role } from "../../../shared/roles.js";
import type { Config } from "../../config.js";
import type { Database } from "../../db/client.js";
import type { CompanyScope } from "../../db/company-scope.js";
import type { Principal, PrincipalCache } from "../../modules/auth/principal-cache.js";
import type { ClientTotals } from "../../modules/clients/client-totals.js";
import type { Integrations } from "../../modules/integrations/integrations.js";
import type { Clock } from "../clock.js";
import type { SecretBox } from "../crypto.js";
import type { Jobs } from "../jobs.js";
import type { Logger } from "../logger.js";
import type { Mailer } from "../mail/mailer.js";

/** What the server's parts share; built once in main.ts (or by a test). */
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

export interface Auth {
  userId: string;
  companyId: string;
  role: Role;
  via: "session" | "token";
  sessionId?: string;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    requestId: string;
    log: Logger;
    auth: Auth;
    principal: Principal;
    scope: CompanyScope;
  };
}
