import type { Clock } from "../../../lib/clock.js";
import type { Logger } from "../../../lib/logger.js";
import type { Timers } from "../../../lib/timers.js";
import type { AccessTokens, AccountingProvider, RemoteOrganisation } from "../accounting-provider.js";
import type { RateLimiter } from "../rate-limiter.js";
import { XeroApi } from "./xero-api.js";
import { type FetchLike, XeroOAuth } from "./xero-oauth.js";
import { xeroReads } from "./xero-reads.js";
import type { XeroSettings } from "./xero-settings.js";

export interface XeroProvider extends AccountingProvider {
  readonly api: XeroApi;
  readonly settings: XeroSettings;
}

export function createXeroProvider(options: {
  settings: XeroSettings;
  clock: Clock;
  limiter: RateLimiter;
  timers: Timers;
  logger: Logger;
  fetch?: FetchLike;
}): XeroProvider {
  const { settings, limiter, timers, logger } = options;
  const log = logger.child({ provider: "xero" });
  const oauth = new XeroOAuth(settings, options.clock, timers, log, options.fetch);
  const api = new XeroApi(settings.apiUrl, limiter, timers, log, options.fetch);
  return {
    id: "xero",
    label: settings.sandbox ? "Demo Xero (sandbox)" : "Xero",
    sandbox: settings.sandbox,
    api,
    settings,
    authorizationUrl: (input) => oauth.authorizationUrl(input),
    exchangeCode: (callback, verifier) => oauth.exchangeCode(callback, verifier),
    ...xeroReads(api, log),
    refresh: (refreshToken) => oauth.refresh(refreshToken),
    revoke: (refreshToken) => oauth.revoke(refreshToken),
    async listOrganisations(
      tokens: AccessTokens,
      authEventId?: string | null,
    ): Promise<RemoteOrganisation[]> {
      const [all, picked] = await Promise.all([
        api.connections(tokens),
        authEventId ? api.connections(tokens, authEventId) : Promise.resolve([]),
      ]);
      const pickedIds = new Set(picked.map((c) => c.tenantId));
      return all.map((c) => ({
        externalId: c.tenantId,
        connectionId: c.id,
        name: c.tenantName ?? "Unnamed organisation",
        kind: c.tenantType,
        connectedAt: c.createdDateUtc ?? null,
        pickedNow: pickedIds.has(c.tenantId),
      }));
    },
  };
}
