import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { accountingGrants } from "../../../db/schema/integrations.js";
import type { Clock } from "../../../lib/clock.js";
import type { SecretBox } from "../../../lib/crypto.js";
import type { Logger } from "../../../lib/logger.js";
import type { AccessTokens, ProviderId, TokenSet } from "../accounting-provider.js";
import { IntegrationError, type IntegrationErrorCode } from "../integration-error.js";
import type { Providers } from "../registry.js";
import type { GrantLock } from "./grant-lock.js";
import { openAccessToken, openRefreshToken, sealTokens } from "./sealed-tokens.js";

/** Refresh this long before the access token expires, so no call goes out with a dying token. */
export const REFRESH_AHEAD_MS = 2 * 60_000;
/** After a refresh failed (for any reason but a dead grant), wait this long before trying again. */
export const REFRESH_COOLDOWN_MS = 30_000;

type Outcome = { token: string } | { error: IntegrationError };

const INTEGRATION_CODES = new Set<string>([
  "needs_reauth",
  "forbidden",
  "not_found",
  "validation",
  "rate_limited",
  "unavailable",
  "bad_response",
]);

/** The failure recorded for the cooldown, answered again to every caller until it ends. */
function cooldownError(recorded: { code: string; message: string } | null): IntegrationError {
  if (recorded && INTEGRATION_CODES.has(recorded.code)) {
    return new IntegrationError(recorded.code as IntegrationErrorCode, recorded.message);
  }
  return new IntegrationError(
    "unavailable",
    "Xero's sign-in service did not answer just now. Kontor will try again shortly.",
  );
}

/**
 * Access tokens for grants. A refresh is single-flight per grant in this process, runs under the
 * grant lock, re-reads the grant after taking it (another holder may have refreshed already), and
 * after any failure cools down instead of hammering the provider: every caller until the cooldown
 * ends, in any process, gets that failure's outcome. A dead grant is marked "needs
 * re-authorization" once, and every later call fails fast without calling the provider.
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
        return { error: cooldownError(grant.refreshError) };
      }
      const provider = this.providers[grant.provider as ProviderId];
      let tokens: TokenSet;
      try {
        tokens = await provider.refresh(openRefreshToken(this.box, grant));
      } catch (thrown) {
        const error = asIntegrationError(thrown);
        if (error !== thrown) {
          // Not one of the provider's mapped failures: a defect. Only its kind is logged.
          this.logger.error(
            { grantId, provider: grant.provider, err: errorName(thrown) },
            "token refresh failed",
          );
        }
        // Written inside the lock and kept: the outcome is returned, not thrown, so the transaction commits.
        if (error.kind === "needs_reauth") {
          await markNeedsReauth(
            db,
            grant.id,
            "Xero no longer accepts Kontor's authorisation: it was revoked or has expired. Authorize Xero again.",
            now,
          );
          this.logger.warn({ grantId, provider: grant.provider }, "grant needs re-authorization");
        } else {
          // Whatever went wrong (no answer, an answer Kontor cannot validate), nobody tries again
          // before the cooldown ends: a new attempt would most likely meet the same.
          await db
            .update(accountingGrants)
            .set({ refreshFailedAt: now, refreshError: { code: error.kind, message: error.message } })
            .where(eq(accountingGrants.id, grant.id));
        }
        return { error };
      }
      await db
        .update(accountingGrants)
        .set({
          ...sealTokens(this.box, grant.id, tokens),
          refreshedAt: now,
          refreshFailedAt: null,
          refreshError: null,
          updatedAt: now,
        })
        .where(eq(accountingGrants.id, grant.id));
      this.logger.info({ grantId, provider: grant.provider }, "access token refreshed");
      return { token: tokens.accessToken };
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

function asIntegrationError(error: unknown): IntegrationError {
  if (error instanceof IntegrationError) return error;
  return new IntegrationError(
    "bad_response",
    "Renewing Kontor's access to Xero failed unexpectedly. Kontor will try again shortly.",
  );
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

export async function markNeedsReauth(db: Db, grantId: string, reason: string, now: Date): Promise<void> {
  await db
    .update(accountingGrants)
    .set({ status: "needs_reauth", statusReason: reason, updatedAt: now })
    .where(eq(accountingGrants.id, grantId));
}
