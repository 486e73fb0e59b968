import { describe, expect, it } from "vitest";
import {
  DEMO_BAKERY_TENANT_ID,
  DEMO_FIRM_TENANT_ID,
  DEMO_LANDSCAPING_TENANT_ID,
} from "../../../../../xero-sandbox/src/sandbox.js";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { Connection } from "../../../../shared/api/integrations.js";
import { PUBLIC_URL, setupTestApp } from "../../../test/test-app.js";
import { authorizeXero, enableXero, followCallback } from "../test/connect-xero.js";

const t = setupTestApp({ xero: true });

const connection = async (agent: { get: <T>(p: string) => Promise<{ body: T }> }) =>
  (await agent.get<Connection>("/api/integrations/xero")).body;

describe("connecting Kontor to Xero", () => {
  it("authorises with PKCE and state, and connects the only organisation as the billing one", async () => {
    const owner = await t.signUp();
    await enableXero(t, owner);
    expect(await connection(owner)).toMatchObject({
      enabled: true,
      status: "disconnected",
      tenant: null,
      organisations: [],
    });

    const back = await authorizeXero(t, owner, { email: "solo@kontor.test" });
    expect(`${back.origin}${back.pathname}`).toBe(`${PUBLIC_URL}/apps`);
    expect(back.searchParams.get("xero")).toBe("connected");
    expect(await connection(owner)).toMatchObject({
      status: "connected",
      tenant: { id: DEMO_LANDSCAPING_TENANT_ID, name: "Greenway Landscaping Ltd" },
      organisations: [{ id: DEMO_LANDSCAPING_TENANT_ID, billing: true }],
      authorizedBy: "solo@kontor.test",
    });
    // What Kontor asked Xero for: the code flow with S256 PKCE and the scopes it needs.
    const authorize = t.xeroCalls.find((c) => c.url.endsWith("/connect/token"))!;
    expect(authorize.headers.authorization).toMatch(/^Basic /);
    expect(authorize.body).toContain("code_verifier=");
  });

  it("asks for the scopes Kontor needs, with the granular invoice scope by default", async () => {
    const owner = await t.signUp();
    await enableXero(t, owner);
    const started = await owner.post<{ url: string }>("/api/integrations/xero/authorize");
    const url = new URL(started.body.url);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("scope")!.split(" ").sort()).toEqual(
      [
        "accounting.contacts",
        "accounting.invoices",
        "accounting.settings.read",
        "email",
        "offline_access",
        "openid",
        "profile",
      ].sort(),
    );
    expect(url.searchParams.get("redirect_uri")).toBe(`${PUBLIC_URL}/api/integrations/xero/callback`);
  });

  it("lists every organisation of a Xero user with several, and lets the user choose the billing one", async () => {
    const owner = await t.signUp();
    await enableXero(t, owner);
    const back = await authorizeXero(t, owner);
    expect(back.searchParams.get("xero")).toBe("choose");
    const before = await connection(owner);
    expect(before.status).toBe("connected");
    expect(before.tenant).toBeNull();
    expect(before.organisations).toHaveLength(4);
    expect(before.organisations.every((o) => !o.billing)).toBe(true);

    const chosen = await owner.post<Connection>("/api/integrations/xero/tenant", {
      tenantId: DEMO_FIRM_TENANT_ID,
    });
    expect(chosen.status).toBe(200);
    expect(chosen.body.tenant).toEqual({ id: DEMO_FIRM_TENANT_ID, name: "Demo Accounting Firm Ltd" });
    // The others stay available (for work statistics), none of them billing.
    expect(chosen.body.organisations.filter((o) => o.billing).map((o) => o.id)).toEqual([
      DEMO_FIRM_TENANT_ID,
    ]);
    expect(chosen.body.organisations).toHaveLength(4);
    expect((await owner.post("/api/integrations/xero/tenant", { tenantId: "not-connected" })).status).toBe(
      404,
    );
  });

  it("proposes switching when the user connects another organisation, and switches only when confirmed", async () => {
    const owner = await t.signUp();
    await enableXero(t, owner);
    await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
    expect((await connection(owner)).tenant?.id).toBe(DEMO_FIRM_TENANT_ID);

    const again = await authorizeXero(t, owner, { tenantIds: [DEMO_BAKERY_TENANT_ID] });
    expect(again.searchParams.get("xero")).toBe("switch");
    expect(again.searchParams.get("organisation")).toBe(DEMO_BAKERY_TENANT_ID);
    const pending = await connection(owner);
    expect(pending.tenant?.id).toBe(DEMO_FIRM_TENANT_ID);
    expect(pending.organisations.map((o) => o.id).sort()).toEqual(
      [DEMO_FIRM_TENANT_ID, DEMO_BAKERY_TENANT_ID].sort(),
    );

    await owner.post("/api/integrations/xero/tenant", { tenantId: DEMO_BAKERY_TENANT_ID });
    expect((await connection(owner)).tenant).toEqual({
      id: DEMO_BAKERY_TENANT_ID,
      name: "Northwind Bakery Ltd",
    });
  });

  it("ends on a clear outcome when the user cancels at Xero", async () => {
    const owner = await t.signUp();
    await enableXero(t, owner);
    const back = await authorizeXero(t, owner, { deny: true });
    expect(back.searchParams.get("xero_error")).toBe("access_denied");
    expect((await connection(owner)).status).toBe("disconnected");
  });
});

describe("the state parameter", () => {
  it("refuses a tampered state, a replayed one, an expired one and one from another session", async () => {
    const owner = await t.signUp();
    await enableXero(t, owner);
    const started = await owner.post<{ url: string }>("/api/integrations/xero/authorize");
    const q = new URL(started.body.url).searchParams;
    const allowed = await fetch(`${t.sandbox.url}/__sandbox/authorize`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        client_id: q.get("client_id"),
        redirect_uri: q.get("redirect_uri"),
        scope: q.get("scope"),
        state: q.get("state"),
        code_challenge: q.get("code_challenge"),
        code_challenge_method: "S256",
        email: "solo@kontor.test",
      }),
    });
    const redirect = new URL(((await allowed.json()) as { redirect: string }).redirect);

    const tampered = new URL(redirect);
    tampered.searchParams.set("state", `${q.get("state")}x`);
    expect((await followCallback(owner, tampered.toString())).searchParams.get("xero_error")).toBe(
      "invalid_state",
    );

    // The same state from another signed-in person of the company.
    const admin = await t.join(owner, "admin", "a@example.com");
    expect((await followCallback(admin, redirect.toString())).searchParams.get("xero_error")).toBe(
      "state_mismatch",
    );

    expect((await followCallback(owner, redirect.toString())).searchParams.get("xero")).toBe("connected");
    expect((await followCallback(owner, redirect.toString())).searchParams.get("xero_error")).toBe(
      "state_used",
    );

    const late = await owner.post<{ url: string }>("/api/integrations/xero/authorize");
    const lateState = new URL(late.body.url).searchParams.get("state")!;
    t.advance(11 * 60);
    const expired = `${PUBLIC_URL}/api/integrations/xero/callback?code=x&state=${encodeURIComponent(lateState)}`;
    expect((await followCallback(owner, expired)).searchParams.get("xero_error")).toBe("state_expired");
  });

  it("says so when the code exchange fails", async () => {
    const owner = await t.signUp();
    await enableXero(t, owner);
    const started = await owner.post<{ url: string }>("/api/integrations/xero/authorize");
    const state = new URL(started.body.url).searchParams.get("state")!;
    const forged = `${PUBLIC_URL}/api/integrations/xero/callback?code=forged-code&state=${encodeURIComponent(state)}`;
    expect((await followCallback(owner, forged)).searchParams.get("xero_error")).toBe("exchange_failed");
    expect((await connection(owner)).status).toBe("disconnected");
  });
});

describe("who may connect", () => {
  it("lets Members see the connection but not connect, choose the organisation or disconnect (403)", async () => {
    const owner = await t.signUp();
    await enableXero(t, owner);
    await authorizeXero(t, owner);
    const member = await t.join(owner, "member", "m@example.com");
    expect((await member.get<Connection>("/api/integrations/xero")).body.organisations).toHaveLength(4);
    for (const path of ["/authorize", "/disconnect"]) {
      expect((await member.post<ErrorBody>(`/api/integrations/xero${path}`)).status).toBe(403);
    }
    expect(
      (await member.post("/api/integrations/xero/tenant", { tenantId: DEMO_FIRM_TENANT_ID })).status,
    ).toBe(403);
    expect((await connection(owner)).status).toBe("connected");
  });

  it("needs the app enabled first, which needs the Team or Elite plan", async () => {
    const owner = await t.signUp();
    const notEnabled = await owner.post<ErrorBody>("/api/integrations/xero/authorize");
    expect(notEnabled.status).toBe(409);
    expect(notEnabled.body.error.message).toMatch(/Enable Xero first/);
    expect((await owner.post("/api/apps/xero/enable")).status).toBe(402);
  });
});
