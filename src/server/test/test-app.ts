import { randomBytes } from "node:crypto";
import type { DestinationStream } from "pino";
import { afterAll, beforeEach } from "vitest";
import type { Sandbox } from "../../../xero-sandbox/src/sandbox.js";
import { startTestSandbox } from "../../../xero-sandbox/src/testing/harness.js";
import type { Me } from "../../shared/api/auth.js";
import { buildApp } from "../app.js";
import type { Deps } from "../app-env.js";
import { loadConfig } from "../config.js";
import { createDeps } from "../create-deps.js";
import type { Database } from "../db/client.js";
import { jobDefinitions } from "../jobs.js";
import { ManualClock } from "../lib/clock.js";
import { SecretBox } from "../lib/crypto.js";
import { createLogger } from "../lib/logger.js";
import { FakeTimers } from "../lib/timers.js";
import { listenForClientListChanges } from "../modules/clients/client-totals.js";
import { ManualJobs } from "./manual-jobs.js";
import { createTestDatabase, resetDatabase } from "./test-database.js";

export const PUBLIC_URL = "http://kontor.test";

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** A browser-like caller: keeps its session cookie and sends Kontor's Origin. */
export class Agent {
  cookie: string | undefined;
  constructor(
    private readonly harness: TestHarness,
    readonly extraHeaders: Record<string, string> = { Origin: PUBLIC_URL },
  ) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const init: RequestInit = {
      method,
      headers: {
        ...this.extraHeaders,
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
    };
    const res = await this.harness.app.request(`${PUBLIC_URL}${path}`, init);
    const setCookie = res.headers.get("set-cookie");
    if (setCookie?.startsWith("kontor_session=")) {
      const value = setCookie.split(";")[0]!;
      this.cookie = value === "kontor_session=" ? undefined : value;
    }
    const text = await res.text();
    const parsed = text && res.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
    return { status: res.status, headers: res.headers, body: parsed as T } satisfies ApiResponse<T>;
  }

  get<T = unknown>(path: string) {
    return this.request<T>("GET", path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>("POST", path, body ?? {});
  }
  patch<T = unknown>(path: string, body: unknown) {
    return this.request<T>("PATCH", path, body);
  }
  delete<T = unknown>(path: string) {
    return this.request<T>("DELETE", path);
  }
}

export interface RecordedXeroCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  status: number;
  responseBody: string;
}

export interface TestHarness {
  app: ReturnType<typeof buildApp>;
  deps: Deps;
  database: Database;
  clock: ManualClock;
  /** Waits (rate limits, backoff) happen at once and are recorded. */
  timers: FakeTimers;
  /** The Xero sandbox, with `setupTestApp({ xero: true })`. */
  sandbox: Sandbox;
  /** Background jobs: queued by the API, run when the test calls `jobs.runAll()`. */
  jobs: ManualJobs;
  /** Every call Kontor made to Xero (identity and API), in order. */
  xeroCalls: RecordedXeroCall[];
  /** Moves Kontor's clock and the sandbox's together. */
  advance(seconds: number): void;
  agent(): Agent;
  /** Invites a person with a role and accepts the invite: answers them signed in. */
  join(by: Agent, role: "admin" | "member", email?: string): Promise<Agent & { me: Me }>;
  /** Signs up a new company; the returned agent is its Owner. */
  signUp(
    overrides?: Partial<{ companyName: string; name: string; email: string; password: string }>,
  ): Promise<Agent & { me: Me }>;
}

let counter = 0;

export const TEST_XERO_APP = { clientId: "kontor-test", clientSecret: "kontor-test-secret" };
const box = new SecretBox(randomBytes(32));

/** A fetch that records what Kontor sent to Xero and what came back. */
function recordingFetch(calls: RecordedXeroCall[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = request.body ? await request.clone().text() : undefined;
    const response = await fetch(request);
    calls.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body,
      status: response.status,
      responseBody: await response.clone().text(),
    });
    return response;
  };
}

async function registerKontor(sandbox: Sandbox, redirectUri: string): Promise<void> {
  const registered = await fetch(`${sandbox.url}/__sandbox/apps`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: TEST_XERO_APP.clientId,
      client_secret: TEST_XERO_APP.clientSecret,
      redirect_uris: [redirectUri],
    }),
  });
  if (!registered.ok) throw new Error(`sandbox app registration failed: ${registered.status}`);
}

/**
 * One app and database per test file; every test starts with empty tables and a fresh clock.
 * With `xero: true` a Xero sandbox runs beside it (frozen clock, in step with Kontor's), reset
 * before each test, with Kontor registered as an app there. With `logTo` Kontor's log is written
 * there at level trace (otherwise it is silent). Mail goes to the Outbox unless `env` sets SMTP_URL.
 */
export function setupTestApp(
  options: {
    xero?: boolean;
    logTo?: DestinationStream;
    /** More configuration, read before each test: `() => ({ SMTP_URL: …, MAIL_FROM: … })`. */
    env?: () => Record<string, string>;
  } = {},
): TestHarness {
  const harness = {} as TestHarness;
  let database: Database | undefined;
  let sandbox: Sandbox | undefined;
  let stopListening: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    if (!database) {
      database = await createTestDatabase();
    } else {
      await resetDatabase(database);
    }
    const config = loadConfig({
      NODE_ENV: "test",
      PUBLIC_URL,
      DATA_DIR: "/nonexistent",
      LOG_LEVEL: "silent",
      ...options.env?.(),
    });
    if (options.xero) {
      sandbox ??= await startTestSandbox();
      sandbox.reset();
      await registerKontor(sandbox, config.xero.redirectUri);
    }
    const clock = new ManualClock(sandbox ? new Date(sandbox.now()) : undefined);
    const timers = new FakeTimers(clock.now().getTime());
    const logger = options.logTo ? createLogger("trace", options.logTo) : createLogger("silent");
    const xeroCalls: RecordedXeroCall[] = [];
    // Without a sandbox, Xero is an address where nothing listens.
    const endpoints = sandbox
      ? { issuerUrl: sandbox.issuerUrl, apiUrl: sandbox.apiUrl }
      : { issuerUrl: "http://127.0.0.1:9/identity", apiUrl: "http://127.0.0.1:9/api" };
    const deps = createDeps({
      config,
      database,
      clock,
      timers,
      logger,
      box,
      version: "test",
      xeroApp: { ...endpoints, ...TEST_XERO_APP },
      fetch: recordingFetch(xeroCalls),
    });
    // One listener for the file's database, handing each test's changes to that test's totals.
    stopListening ??= await listenForClientListChanges(database, {
      forgetCompany: (companyId) => harness.deps?.clientTotals.forgetCompany(companyId),
      setEnabled: (enabled) => harness.deps?.clientTotals.setEnabled(enabled),
    });
    const jobs = new ManualJobs(() => jobDefinitions(deps));
    deps.jobs = jobs;
    const running = sandbox;
    Object.assign(harness, {
      app: buildApp(deps, { webDir: "/nonexistent" }),
      deps,
      database,
      clock,
      timers,
      sandbox: running as Sandbox,
      xeroCalls,
      jobs,
      advance: (seconds: number) => {
        clock.advance(seconds * 1000);
        timers.advance(seconds * 1000);
        running?.advanceClock(seconds);
      },
      agent: () => new Agent(harness),
      join: async (by, role, email) => {
        counter++;
        const invite = await by.post<{ link: string }>("/api/members/invites", {
          email: email ?? `${role}${counter}@example.com`,
          role,
        });
        if (invite.status !== 201)
          throw new Error(`invite failed: ${invite.status} ${JSON.stringify(invite.body)}`);
        const agent = new Agent(harness);
        const token = new URL(invite.body.link).pathname.split("/").pop();
        const res = await agent.post<Me>(`/api/invites/${token}/accept`, {
          name: `${role} ${counter}`,
          password: "another good password",
        });
        if (res.status !== 201) throw new Error(`accepting the invite failed: ${res.status}`);
        return Object.assign(agent, { me: res.body });
      },
      signUp: async (overrides = {}) => {
        counter++;
        const agent = new Agent(harness);
        const res = await agent.post<Me>("/api/auth/signup", {
          companyName: `Company ${counter}`,
          name: `Owner ${counter}`,
          email: `owner${counter}@example.com`,
          password: "correct horse battery",
          ...overrides,
        });
        if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
        return Object.assign(agent, { me: res.body });
      },
    } satisfies TestHarness);
  });
  afterAll(async () => {
    await stopListening?.();
    await sandbox?.close();
    await database?.close();
  });
  return harness;
}
