import { describe, expect, it } from "vitest";
import { DEMO_FIRM_TENANT_ID } from "../../../../../xero-sandbox/src/sandbox.js";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { Connection } from "../../../../shared/api/integrations.js";
import { accountingGrants } from "../../../db/schema/integrations.js";
import { type Agent, setupTestApp } from "../../../test/test-app.js";
import { authorizeXero, enableXero } from "../test/connect-xero.js";

const t = setupTestApp({ xero: true });

async function sandboxControl(path: string, body?: unknown) {
  const res = await fetch(`${t.sandbox.url}/__sandbox${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return res.json() as Promise<Record<string, unknown>>;
}

async function connected(): Promise<Agent & { me: { company: { name: string }; user: { email: string } } }> {
  const owner = await t.signUp();
  await enableXero(t, owner);
  await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
  return owner;
}

const check = (agent: Agent) => agent.post<Connection>("/api/integrations/xero/check");
const refreshCalls = () =>
  t.xeroCalls.filter((c) => c.url.endsWith("/connect/token") && c.body?.includes("refresh_token"));

describe("keeping tokens alive", () => {
  it("refreshes ahead of expiry, and 50 calls at once at expiry make exactly one refresh", async () => {
    const owner = await connected();
    t.advance(29 * 60);
    const answers = await Promise.all(Array.from({ length: 50 }, () => check(owner)));
    expect(answers.every((a) => a.status === 200 && a.body.status === "connected")).toBe(true);
    expect(refreshCalls()).toHaveLength(1);
    // The next calls use the new token without refreshing again.
    t.advance(20 * 60);
    expect((await check(owner)).body.status).toBe("connected");
    expect(refreshCalls()).toHaveLength(1);
  });

  it("recovers a refresh whose answer was lost, with the previous refresh token in Xero's grace period", async () => {
    const owner = await connected();
    await sandboxControl("/faults", {
      match: { method: "POST", path: "/identity/connect/token" },
      times: 1,
      dropResponseAfterCommit: true,
    });
    t.advance(31 * 60);
    const res = await check(owner);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("connected");
    const sent = refreshCalls();
    // The first refresh was done by Xero but never answered; the retry sent the same refresh token.
    expect(sent.length).toBeGreaterThanOrEqual(1);
    const log = (await sandboxControl("/requests?path=/identity/connect/token")) as {
      requests: { status: number; dropped?: boolean }[];
    };
    expect(log.requests.filter((r) => r.dropped)).toHaveLength(1);
    // And the rotated token set works from then on.
    t.advance(31 * 60);
    expect((await check(owner)).body.status).toBe("connected");
  });

  it("marks the connection Needs re-authorization when the refresh token is dead (60 days unused)", async () => {
    const owner = await connected();
    t.advance(61 * 86_400);
    // Kontor's own sign-in lasts 30 days: log in again first.
    owner.cookie = undefined;
    await owner.post("/api/auth/login", { email: owner.me.user.email, password: "correct horse battery" });
    const res = await check(owner);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("needs_reauth");
    expect(res.body.statusReason).toMatch(/no longer accepts/);
    // Nothing is lost: the organisations are still listed, and no call goes to Xero any more.
    expect(res.body.organisations).toHaveLength(1);
    const calls = t.xeroCalls.length;
    expect((await check(owner)).body.status).toBe("needs_reauth");
    expect(t.xeroCalls.length).toBe(calls);
    // Authorizing again brings it back.
    expect(
      (await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] })).searchParams.get("xero"),
    ).toBe("connected");
    expect((await check(owner)).body.status).toBe("connected");
  });

  it("notices access revoked inside Xero at the next call", async () => {
    const owner = await connected();
    await sandboxControl("/revoke", { email: "demo@kontor.test" });
    const res = await check(owner);
    expect(res.body.status).toBe("needs_reauth");
    expect(res.body.tenant).toEqual({ id: DEMO_FIRM_TENANT_ID, name: "Demo Accounting Firm Ltd" });
  });

  it("cools down after Xero's sign-in service fails, instead of hammering it", async () => {
    const owner = await connected();
    await sandboxControl("/faults", { match: { path: "/identity/connect/token" }, times: 10, status: 503 });
    t.advance(31 * 60);
    const failed = await check(owner);
    expect(failed.status).toBe(502);
    const attempts = refreshCalls().length;
    expect(attempts).toBeGreaterThan(1);
    // Within the cooldown no further refresh is attempted.
    const again = await check(owner);
    expect(again.status).toBe(502);
    expect(refreshCalls().length).toBe(attempts);
    await fetch(`${t.sandbox.url}/__sandbox/faults`, { method: "DELETE" });
    t.advance(60);
    expect((await check(owner)).body.status).toBe("connected");
  });
  it("takes a refresh whose lifetime is absurd as one of at most an hour", async () => {
    const owner = await connected();
    await sandboxControl("/faults", {
      match: { method: "POST", path: "/identity/connect/token" },
      edit: { set: { expires_in: 1e308, scope: "openid\u0000 accounting.contacts" } },
    });
    t.advance(31 * 60);
    expect((await check(owner)).body.status).toBe("connected");
    const [grant] = await t.database.db.select().from(accountingGrants);
    expect(grant!.accessExpiresAt.getTime() - t.clock.now().getTime()).toBeLessThanOrEqual(3600_000);
    expect(grant!.scopes).toBe("openid accounting.contacts");
  });

  it("cools down after a refresh Xero answered unexpectedly: 20 calls make one attempt and share its outcome", async () => {
    const owner = await connected();
    // Xero rotates the tokens but the answer's id_token does not validate.
    await sandboxControl("/faults", {
      match: { method: "POST", path: "/identity/connect/token" },
      times: 50,
      edit: { set: { id_token: "not-a-valid-id-token" } },
    });
    t.advance(31 * 60);
    // 20 calls, arriving in waves: the later ones come after the first refresh has failed.
    const answers = [];
    for (let wave = 0; wave < 4; wave++) {
      answers.push(...(await Promise.all(Array.from({ length: 5 }, () => check(owner)))));
    }
    expect(refreshCalls()).toHaveLength(1);
    const outcomes = new Set(
      answers.map((a) => `${a.status} ${(a.body as unknown as ErrorBody).error?.message}`),
    );
    expect([...outcomes]).toEqual([
      "502 Xero's sign-in service answered the token refresh in a way Kontor did not expect.",
    ]);
    // Later callers within the cooldown get the same outcome without calling Xero.
    t.advance(20);
    const later = await check(owner);
    expect(`${later.status} ${(later.body as unknown as ErrorBody).error.message}`).toBe([...outcomes][0]);
    expect(refreshCalls()).toHaveLength(1);
    // After the cooldown the refresh is tried again, and Xero's grace period answers the rotated set.
    await fetch(`${t.sandbox.url}/__sandbox/faults`, { method: "DELETE" });
    t.advance(15);
    expect((await check(owner)).body.status).toBe("connected");
    expect(refreshCalls()).toHaveLength(2);
  });
});

describe("calling Xero", () => {
  it("waits out a 429 as long as Retry-After says, then succeeds", async () => {
    const owner = await connected();
    await sandboxControl("/faults", { match: { path: "/api/connections" }, times: 1, status: 429 });
    const res = await check(owner);
    expect(res.body.status).toBe("connected");
    expect(t.timers.sleeps.some((ms) => ms >= 1000)).toBe(true);
  });

  it("waits at most a minute when Xero asks for a far longer pause, then tries again", async () => {
    const owner = await connected();
    await sandboxControl("/faults", {
      match: { path: "/api/connections" },
      times: 1,
      status: 429,
      headers: { "Retry-After": "31536000" },
    });
    expect((await check(owner)).body.status).toBe("connected");
    expect(Math.max(...t.timers.sleeps)).toBeGreaterThanOrEqual(1000);
    expect(Math.max(...t.timers.sleeps)).toBeLessThanOrEqual(60_000);
  });

  it("retries 5xx answers and network errors on reads with backoff", async () => {
    const owner = await connected();
    await sandboxControl("/faults", { match: { path: "/api/connections" }, times: 2, status: 503 });
    await sandboxControl("/faults", { match: { path: "/api/connections" }, times: 1, reset: true });
    const before = t.xeroCalls.length;
    const res = await check(owner);
    expect(res.body.status).toBe("connected");
    expect(t.xeroCalls.length - before).toBeGreaterThanOrEqual(3);
  });

  it("gives up with a clear error when Xero keeps failing, changing nothing", async () => {
    const owner = await connected();
    await sandboxControl("/faults", { match: { path: "/api/connections" }, times: 20, status: 500 });
    const res = await check(owner);
    expect(res.status).toBe(502);
    expect((res.body as unknown as ErrorBody).error.message).toMatch(/Xero/);
    expect((await owner.get<Connection>("/api/integrations/xero")).body.status).toBe("connected");
  });
});

describe("disconnecting", () => {
  it("revokes Kontor's token at Xero, which forgets the connection, and clears the organisation", async () => {
    const owner = await connected();
    const res = await owner.post<Connection>("/api/integrations/xero/disconnect");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "disconnected", tenant: null, organisations: [] });
    const log = (await sandboxControl("/requests?path=/identity/connect/revocation")) as {
      requests: { status: number }[];
    };
    expect(log.requests.map((r) => r.status)).toEqual([200]);
    const tokens = await fetch(`${t.sandbox.url}/__sandbox/connect`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    expect(tokens.status).toBe(200);
    const { rows } = await t.database.executeSql("select count(*)::int as n from accounting_grants");
    expect(rows[0]!.n).toBe(0);
  });

  it("also works when the grant was already revoked inside Xero", async () => {
    const owner = await connected();
    await sandboxControl("/revoke", { email: "demo@kontor.test" });
    expect((await owner.post<Connection>("/api/integrations/xero/disconnect")).body.status).toBe(
      "disconnected",
    );
  });

  it("changes nothing when Xero cannot be reached, so the user can try again", async () => {
    const owner = await connected();
    await sandboxControl("/faults", {
      match: { path: "/identity/connect/revocation" },
      times: 20,
      status: 503,
    });
    expect((await owner.post("/api/integrations/xero/disconnect")).status).toBe(502);
    expect((await owner.get<Connection>("/api/integrations/xero")).body.status).toBe("connected");
  });
});

describe("tokens at rest", () => {
  it("stores no token in plaintext, and none reaches an API answer", async () => {
    const owner = await connected();
    t.advance(31 * 60);
    await check(owner);
    const issued = t.xeroCalls
      .filter((c) => c.url.endsWith("/connect/token"))
      .flatMap((c) => {
        const body = JSON.parse(c.responseBody) as Record<string, string>;
        return [body.access_token, body.refresh_token].filter((x): x is string => !!x);
      });
    expect(issued.length).toBeGreaterThanOrEqual(4);
    const [grant] = await t.database.db.select().from(accountingGrants);
    const stored = JSON.stringify(grant);
    const answer = JSON.stringify((await owner.get("/api/integrations/xero")).body);
    for (const token of issued) {
      expect(stored).not.toContain(token);
      expect(answer).not.toContain(token);
    }
    expect(grant!.accessToken).toMatch(/^v1:/);
  });
});

describe("disconnecting during an import", () => {
  it("stops the import, which then holds up nothing after reconnecting", async () => {
    const owner = await connected();
    const stopped = (await owner.post<{ id: string }>("/api/integrations/xero/imports")).body.id;
    await owner.post("/api/integrations/xero/disconnect");
    const run = (
      await owner.get<{ status: string; error: string }>(`/api/integrations/xero/imports/${stopped}`)
    ).body;
    expect(run).toMatchObject({ status: "failed", error: "Stopped: Xero was disconnected." });
    await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
    const next = (await owner.post<{ id: string }>("/api/integrations/xero/imports")).body.id;
    await t.jobs.runAll();
    expect((await owner.get<{ status: string }>(`/api/integrations/xero/imports/${next}`)).body.status).toBe(
      "ready",
    );
  });
});
