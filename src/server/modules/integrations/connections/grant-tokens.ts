import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { accountingGrants } from "../../../db/schema/integrations.js";
import type { Clock } from "../../../lib/clock.js";
import type { SecretBox } from "../../../lib/crypto.js";
import type { Logger } from "../../../lib/logger.js";
import type { AccessTokens, ProviderId } from "../accounting-provider.js";
import { IntegrationError } from "../integration-error.js";
import type { Providers } from "../registry.js";
import type { GrantLock } from "./grant-lock.js";
import { openAccessToken, openRefreshToken, sealTokens } from "./sealed-tokens.js";

/** Refresh this long before the access token expires, so no call goes out with a dying token. */
export const REFRESH_AHEAD_MS = 2 * 60_000;
/** After a refresh failed for a passing reason, wait this long before trying again. */
export const REFRESH_COOLDOWN_MS = 30_000;

type Outcome = { token: string } | { error: IntegrationError };

/**
 * Access tokens for grants. A refresh is single-flight per grant in this process, runs under the
 * grant lock, re-reads the grant after taking it (another holder may have refreshed already), and
 * after a passing failure cools down instead of hammering the provider. A dead grant is marked
 * "needs re-authorization" once, and every later call fails fast without calling the provider.
 */
export class GrantTokens {
  private readonly inflight = new Map<string, Promise<string>>();

  constructor(
    private readonly db: Db,
    private readonly lock: GrantLock,
    private readonly box: SecretBox,
    private readonly providers: Providers,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Tokens for one grant, as the provider's API client takes them. */
  for(grantId: string): AccessTokens {
    return {
      get: () => this.accessToken(grantId),
      refreshAfterRejection: (rejected) => this.refresh(grantId, rejected),
      rejectedAgain: () =>
        markNeedsReauth(
          this.db,
          grantId,
          "Xero rejected Kontor's access: it was revoked in Xero. Authorize Xero again.",
          this.clock.now(),
        ),
    };
  }

  async accessToken(grantId: string): Promise<string> {
    const grant = await this.load(this.db, grantId);
    if (grant.accessExpiresAt.getTime() - this.clock.now().getTime() > REFRESH_AHEAD_MS) {
      return openAccessToken(this.box, grant);
    }
    return this.refresh(grantId, openAccessToken(this.box, grant));
  }

  /** Refreshes unless someone already replaced `stale`; concurrent callers share one refresh. */
  refresh(grantId: string, stale: string): Promise<string> {
    let running = this.inflight.get(grantId);
    if (!running) {
      running = this.refreshLocked(grantId, stale).finally(() => this.inflight.delete(grantId));
      this.inflight.set(grantId, running);
    }
    return running;
  }

  private async refreshLocked(grantId: string, stale: string): Promise<string> {
    const outcome = await this.lock.run<Outcome>(grantId, async (db) => {
      const grant = await this.load(db, grantId);
      const now = this.clock.now();
      const current = openAccessToken(this.box, grant);
      if (current !== stale && grant.accessExpiresAt.getTime() - now.getTime() > REFRESH_AHEAD_MS) {
        return { token: current };
      }
      if (grant.refreshFailedAt && now.getTime() - grant.refreshFailedAt.getTime() < REFRESH_COOLDOWN_MS) {
        return {
          error: new IntegrationError(
            "unavailable",
            "Xero's sign-in service did not answer just now. Kontor will try again shortly.",
          ),
        };
      }
      const provider = this.providers[grant.provider as ProviderId];
      try {
        const tokens = await provider.refresh(openRefreshToken(this.box, grant));
        await db
          .update(accountingGrants)
          .set({
            ...sealTokens(this.box, grant.id, tokens),
            refreshedAt: now,
            refreshFailedAt: null,
            updatedAt: now,
          })
          .where(eq(accountingGrants.id, grant.id));
        this.logger.info({ grantId, provider: grant.provider }, "access token refreshed");
        return { token: tokens.accessToken };
      } catch (error) {
        if (!(error instanceof IntegrationError)) throw error;
        // Written inside the lock and kept: the outcome is returned, not thrown, so the transaction commits.
        if (error.code === "needs_reauth") {
          await markNeedsReauth(
            db,
            grant.id,
            "Xero no longer accepts Kontor's authorisation: it was revoked or has expired. Authorize Xero again.",
            now,
          );
          this.logger.warn({ grantId, provider: grant.provider }, "grant needs re-authorization");
        } else if (error.transient) {
          await db
            .update(accountingGrants)
            .set({ refreshFailedAt: now })
            .where(eq(accountingGrants.id, grant.id));
        }
        return { error };
      }
    });
    if ("error" in outcome) throw outcome.error;
    return outcome.token;
  }

  private async load(db: Db, grantId: string) {
    const [grant] = await db.select().from(accountingGrants).where(eq(accountingGrants.id, grantId)).limit(1);
    if (!grant)
      throw new IntegrationError(
        "needs_reauth",
        "Kontor is not connected to Xero. Connect it on the Connect to Xero tab.",
      );
    if (grant.status !== "active") {
      throw new IntegrationError(
        "needs_reauth",
        grant.statusReason ?? "Kontor's access to Xero needs renewing. Authorize Xero again.",
      );
    }
    return grant;
  }
}

export async function markNeedsReauth(db: Db, grantId: string, reason: string, now: Date): Promise<void> {
  await db
    .update(accountingGrants)
    .set({ status: "needs_reauth", statusReason: reason, updatedAt: now })
    .where(eq(accountingGrants.id, grantId));
}
