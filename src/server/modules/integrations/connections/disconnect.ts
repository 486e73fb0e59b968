import { eq, inArray } from "drizzle-orm";
import type { Auth } from "../../../app-env.js";
import type { Database } from "../../../db/client.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { importRuns } from "../../../db/schema/imports.js";
import { accountingGrants } from "../../../db/schema/integrations.js";
import type { Logger } from "../../../lib/logger.js";
import { assertCanManage } from "../../auth/authenticate.js";
import type { AccountingProvider } from "../accounting-provider.js";
import { IntegrationError } from "../integration-error.js";
import type { Integrations } from "../integrations.js";
import { cancelIntegrationJobs } from "./cancel-integration-jobs.js";
import { findGrant } from "./get-connection.js";
import { openRefreshToken } from "./sealed-tokens.js";

/**
 * Revokes Kontor's token at the provider (which forgets the connections too), then forgets the
 * grant and its organisations and cancels the provider's jobs. Clients, products and invoices
 * stay. If the provider cannot be reached nothing changes, so the user can try again.
 */
export async function disconnect(
  scope: CompanyScope,
  database: Database,
  auth: Auth,
  provider: AccountingProvider,
  integrations: Integrations,
  logger: Logger,
  now: Date,
): Promise<void> {
  assertCanManage(auth);
  const grant = await findGrant(scope, provider.id);
  if (!grant) return;
  try {
    await provider.revoke(openRefreshToken(integrations.box, grant));
  } catch (error) {
    // A grant that is already dead (revoked inside Xero, expired) has nothing left to revoke.
    if (!(error instanceof IntegrationError) || error.kind !== "needs_reauth") throw error;
  }
  await scope.delete(accountingGrants, eq(accountingGrants.id, grant.id));
  // Runs whose jobs are cancelled below would otherwise look busy and hold up the next import.
  await scope.update(
    importRuns,
    // Their jobs no longer own them: one still running stops at its next step.
    {
      status: "failed",
      error: "Stopped: Xero was disconnected.",
      updatedAt: now,
      finishedAt: now,
      jobId: null,
      worker: null,
      leaseUntil: null,
    },
    eq(importRuns.provider, provider.id),
    inArray(importRuns.status, ["fetching", "importing"]),
  );
  const cancelled = await cancelIntegrationJobs(database, scope.companyId, provider.id);
  logger.info({ provider: provider.id, cancelledJobs: cancelled }, "disconnected");
}
