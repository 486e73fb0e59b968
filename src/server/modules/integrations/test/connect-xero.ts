import { expect } from "vitest";
import type { Agent, TestHarness } from "../../../test/test-app.js";
import { setCompanyPlan } from "../../companies/set-company-plan.js";

/** Puts the agent's company on Team with Xero enabled, ready to connect. */
export async function enableXero(t: TestHarness, owner: Agent & { me: { company: { name: string } } }) {
  await setCompanyPlan(t.database.db, owner.me.company.name, "team");
  expect((await owner.post("/api/apps/xero/enable")).status).toBe(200);
}

/**
 * Does what a person does in the browser: Kontor's "Authorize Xero", Xero's consent with the
 * given organisations ticked ("Allow access"), and the redirect back to Kontor's callback.
 * Answers where Kontor sent the browser in the end.
 */
export async function authorizeXero(
  t: TestHarness,
  agent: Agent,
  consent: { email?: string; tenantIds?: string[]; deny?: boolean } = {},
): Promise<URL> {
  const started = await agent.post<{ url: string }>("/api/integrations/xero/authorize");
  expect(started.status).toBe(200);
  const authorizeUrl = new URL(started.body.url);
  const q = authorizeUrl.searchParams;
  let redirect: string;
  if (consent.deny) {
    redirect = `${q.get("redirect_uri")}?error=access_denied&state=${encodeURIComponent(q.get("state")!)}`;
  } else {
    const allowed = await fetch(`${t.sandbox.url}/__sandbox/authorize`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        client_id: q.get("client_id"),
        redirect_uri: q.get("redirect_uri"),
        scope: q.get("scope"),
        state: q.get("state"),
        code_challenge: q.get("code_challenge"),
        code_challenge_method: q.get("code_challenge_method"),
        email: consent.email ?? "demo@kontor.test",
        ...(consent.tenantIds ? { tenantIds: consent.tenantIds } : {}),
      }),
    });
    expect(allowed.status).toBe(200);
    redirect = ((await allowed.json()) as { redirect: string }).redirect;
  }
  return followCallback(agent, redirect);
}

/** Opens the callback URL as the browser would and answers the Location Kontor redirected to. */
export async function followCallback(agent: Agent, redirect: string): Promise<URL> {
  const callback = new URL(redirect);
  const res = await agent.get(`${callback.pathname}${callback.search}`);
  expect(res.status).toBe(302);
  return new URL(res.headers.get("location")!);
}
