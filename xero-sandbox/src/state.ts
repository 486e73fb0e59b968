import type { Books } from "./accounting/records.js";
import { Clock, type ClockMode } from "./clock.js";
import { FaultInjector } from "./faults.js";
import { IdempotencyStore } from "./idempotency.js";
import {
  type AppRecord,
  type ConnectionRecord,
  emptyIdentityStore,
  type IdentityStore,
  type UserRecord,
} from "./identity/records.js";
import { RateLimiter, type RateLimits, XERO_LIMITS } from "./limits/rate-limiter.js";
import { RequestLog } from "./request-log.js";
import { WebhookHub } from "./webhooks/hub.js";

export type SeedProfile = "demo" | "empty";

export interface StateOptions {
  seed: SeedProfile;
  /** When the sandbox clock starts; demo data is dated relative to it. */
  now: number;
  clockMode: ClockMode;
  webhookDeliveryDelayMs: number;
  limits?: Partial<RateLimits>;
}

/** Everything the sandbox knows. One instance per running sandbox; nothing is global. */
export interface SandboxState {
  readonly options: StateOptions;
  readonly clock: Clock;
  /** The public base URL (e.g. http://127.0.0.1:4599); when unset, taken from each request. */
  baseUrl?: string;
  /** When the demo data was dated from; `reset` reseeds from the same instant. */
  readonly seedAnchor: number;
  apps: Map<string, AppRecord>;
  /** by lower-cased e-mail */
  users: Map<string, UserRecord>;
  /** by tenant id (OrganisationID) */
  tenants: Map<string, Books>;
  identity: IdentityStore;
  connections: Map<string, ConnectionRecord>;
  readonly limiter: RateLimiter;
  readonly idempotency: IdempotencyStore;
  readonly faults: FaultInjector;
  readonly requestLog: RequestLog;
  readonly webhooks: WebhookHub;
}

export function createState(options: StateOptions): SandboxState {
  const clock = new Clock(options.now, options.clockMode);
  const state: SandboxState = {
    options,
    clock,
    seedAnchor: options.now,
    apps: new Map(),
    users: new Map(),
    tenants: new Map(),
    identity: emptyIdentityStore(),
    connections: new Map(),
    limiter: new RateLimiter(clock, options.limits),
    idempotency: new IdempotencyStore(clock),
    faults: new FaultInjector(),
    requestLog: new RequestLog(),
    webhooks: new WebhookHub(
      clock,
      () => `${state.baseUrl ?? "http://127.0.0.1"}/api`,
      options.webhookDeliveryDelayMs,
    ),
  };
  return state;
}

/** Forgets every grant, token, connection, log, fault, limit count and webhook. */
export function clearRuntimeState(state: SandboxState): void {
  state.identity = emptyIdentityStore();
  state.connections = new Map();
  state.idempotency.clear();
  state.faults.clear();
  state.requestLog.clear();
  state.limiter.resetCounts();
  state.limiter.setLimits({ ...XERO_LIMITS, ...state.options.limits });
  state.webhooks.clear();
}
