import { createAdaptorServer } from "@hono/node-server";
import type { Hono } from "hono";
import { buildApp } from "./app.js";
import type { ClockMode } from "./clock.js";
import {
  type AuthorizeInput,
  type AuthorizeResult,
  authorizeDirect,
  type ConnectInput,
  connectDirect,
} from "./control/connect.js";
import type { SandboxEnv } from "./http.js";
import { prepareSigningKey } from "./identity/keys.js";
import type { TokenResponse } from "./identity/records.js";
import type { RateLimits } from "./limits/rate-limiter.js";
import { type SeedRequest, seedWorld } from "./seed/seed.js";
import { createState, type SandboxState, type SeedProfile } from "./state.js";
import type { FlushResult } from "./webhooks/hub.js";
import { resetWorld } from "./world.js";

export { DEFAULT_SCOPE } from "./control/connect.js";
export { DEMO_APP } from "./identity/apps.js";
export type { TokenResponse } from "./identity/records.js";
export type { RateLimits } from "./limits/rate-limiter.js";
export {
  DEMO_BAKERY_TENANT_ID,
  DEMO_DENTAL_TENANT_ID,
  DEMO_FIRM_TENANT_ID,
  DEMO_LANDSCAPING_TENANT_ID,
  DEMO_ORGANISATIONS,
  DEMO_USER_EMAIL,
  DEMO_USER_PASSWORD,
  SOLO_USER_EMAIL,
  SOLO_USER_PASSWORD,
} from "./seed/fixed-ids.js";
export type { SandboxState } from "./state.js";
export type { FlushResult, WebhookEvent, WebhookPayload } from "./webhooks/hub.js";
export { signWebhookBody, verifyWebhookSignature } from "./webhooks/signature.js";

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1: the control API has no authentication. */
  host?: string;
  seed?: SeedProfile;
  /** When the sandbox clock starts (default: now). Demo data is dated relative to it. */
  now?: Date | string | number;
  /** "ticking" follows the wall clock (plus any advances); "frozen" moves only when advanced. */
  clockMode?: ClockMode;
  /** Delay before webhook events go out on their own; negative: only on flushWebhooks(). Default 200. */
  webhookDeliveryDelayMs?: number;
  limits?: Partial<RateLimits>;
}

export interface SandboxApp {
  app: Hono<SandboxEnv>;
  state: SandboxState;
}

function startInstant(now: SandboxOptions["now"]): number {
  if (now === undefined) return Date.now();
  const ms = now instanceof Date ? now.getTime() : typeof now === "number" ? now : Date.parse(now);
  if (Number.isNaN(ms)) throw new RangeError(`invalid sandbox start time: ${String(now)}`);
  return ms;
}

/** The Hono app and its state, seeded, without a listening server (e.g. for `app.request()`). */
export function createSandboxApp(options: SandboxOptions & { baseUrl?: string } = {}): SandboxApp {
  const state = createState({
    seed: options.seed ?? "demo",
    now: startInstant(options.now),
    clockMode: options.clockMode ?? "ticking",
    webhookDeliveryDelayMs: options.webhookDeliveryDelayMs ?? 200,
    limits: options.limits,
  });
  state.baseUrl = options.baseUrl;
  resetWorld(state);
  return { app: buildApp(state), state };
}

export interface Sandbox {
  /** e.g. http://127.0.0.1:4599 */
  url: string;
  /** The OpenID issuer: discovery at `${issuerUrl}/.well-known/openid-configuration`. */
  issuerUrl: string;
  /** Stands for https://api.xero.com: connections at `${apiUrl}/connections`. */
  apiUrl: string;
  /** Stands for https://api.xero.com/api.xro/2.0. */
  accountingUrl: string;
  port: number;
  state: SandboxState;
  /** The sandbox clock, in epoch ms. */
  now(): number;
  advanceClock(seconds: number): void;
  /**
   * How far the sandbox clock is ahead of the wall clock, in seconds. Tokens carry sandbox
   * times; a client validating JWT times against its own clock (e.g. oauth4webapi's
   * `clockSkew`) should add this after the sandbox clock was moved or frozen in the past.
   */
  clockSkewSeconds(): number;
  /** What "Allow access" does: answers the redirect with `code` and `state`. */
  authorize(input: AuthorizeInput): AuthorizeResult;
  /** Authorises and exchanges the code in one step (demo app and user, all their organisations by default). */
  connect(input?: ConnectInput): Promise<TokenResponse & { authEventId?: string; tenantIds: string[] }>;
  /** Delivers pending webhook events and due retries now, and waits for the receivers. */
  flushWebhooks(): Promise<FlushResult>;
  reset(): void;
  seed(request: SeedRequest): void;
  close(): Promise<void>;
}

/** Starts a sandbox on a port (0 = free port) and answers once it is listening. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const key = prepareSigningKey();
  const { app, state } = createSandboxApp(options);
  const server = createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false });
  // Longer than clients keep idle connections (undici: 4 s), so a reused socket is never closed under them.
  if ("keepAliveTimeout" in server) server.keepAliveTimeout = 65_000;
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  await key;
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the sandbox server has no TCP address");
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
  state.baseUrl = url;
  return {
    url,
    issuerUrl: `${url}/identity`,
    apiUrl: `${url}/api`,
    accountingUrl: `${url}/api/api.xro/2.0`,
    port: address.port,
    state,
    now: () => state.clock.now(),
    clockSkewSeconds: () => Math.round((state.clock.now() - Date.now()) / 1000),
    advanceClock: (seconds) => {
      state.clock.advance(seconds);
      state.webhooks.clockAdvanced();
    },
    authorize: (input) => authorizeDirect(state, input),
    connect: async (input = {}) => {
      const result = connectDirect(state, input, `${url}/identity`);
      if (!result.ok)
        throw new Error(`sandbox connect failed: ${result.error} ${result.description ?? ""}`.trim());
      return { ...result.tokens, authEventId: result.authEventId, tenantIds: result.tenantIds };
    },
    flushWebhooks: () => state.webhooks.flush(),
    reset: () => resetWorld(state),
    seed: (request) => seedWorld(state, request),
    close: async () => {
      state.faults.clear();
      await state.webhooks.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
    },
  };
}
