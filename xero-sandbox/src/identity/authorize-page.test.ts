import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Sandbox } from "../sandbox.js";
import {
  DEMO_BAKERY_TENANT_ID,
  DEMO_FIRM_TENANT_ID,
  DEMO_LANDSCAPING_TENANT_ID,
  DEMO_ORGANISATIONS,
} from "../seed/fixed-ids.js";
import { startTestSandbox, tokenRequest } from "../testing/harness.js";

const REDIRECT = "http://localhost:3000/integrations/xero/callback";
const SCOPE =
  "openid profile email offline_access accounting.contacts.read accounting.settings.read accounting.invoices";

function authorizeUrl(sandbox: Sandbox, params: Record<string, string>): string {
  const query = new URLSearchParams({
    response_type: "code",
    client_id: "kontor-demo",
    redirect_uri: REDIRECT,
    scope: SCOPE,
    state: "st-123",
    ...params,
  });
  return `${sandbox.issuerUrl}/connect/authorize?${query}`;
}

function hidden(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!match?.[1]) throw new Error(`no hidden ${name} in page`);
  return match[1];
}

async function postForm(url: string, form: Array<[string, string]>): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form).toString(),
    redirect: "manual",
  });
}

/** Follows a 303 (Post/Redirect/Get) as a browser does. */
async function follow(sandbox: Sandbox, response: Response): Promise<Response> {
  expect(response.status).toBe(303);
  return fetch(new URL(response.headers.get("location") ?? "", sandbox.url));
}

/** Opens the page and logs in; answers the consent page. */
async function logIn(
  sandbox: Sandbox,
  email = "demo@kontor.test",
  params: Record<string, string> = {},
): Promise<string> {
  const page = await (await fetch(authorizeUrl(sandbox, params))).text();
  const loggedIn = await postForm(`${sandbox.issuerUrl}/connect/authorize/login`, [
    ["tx", hidden(page, "tx")],
    ["email", email],
    ["password", "demo"],
  ]);
  return (await follow(sandbox, loggedIn)).text();
}

describe("the authorize page", () => {
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ seed: "empty" });
  });
  afterEach(() => sandbox.close());

  it("shows a login form with labelled email and password fields", async () => {
    const response = await fetch(authorizeUrl(sandbox, {}));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<label for="email">Email address</label>');
    expect(html).toMatch(/<input id="email" name="email" type="email"/);
    expect(html).toContain('<label for="password">Password</label>');
    expect(html).toMatch(/<input id="password" name="password" type="password"/);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Log in<\/button>/);
    // The form carries only the sign-in id: client and redirect stay on the server.
    expect(html).not.toContain(REDIRECT);
    expect(html).not.toContain('name="client_id"');
  });

  it("keeps the user on the login form after a wrong password", async () => {
    const page = await (await fetch(authorizeUrl(sandbox, {}))).text();
    const again = await postForm(`${sandbox.issuerUrl}/connect/authorize/login`, [
      ["tx", hidden(page, "tx")],
      ["email", "demo@kontor.test"],
      ["password", "wrong"],
    ]);
    const html = await again.text();
    expect(html).toMatch(
      /<div class="alert" role="alert" id="form-error">Your email or password is incorrect<\/div>/,
    );
    expect(html).toContain('value="demo@kontor.test"');
    expect(html).toContain("Log in");
    // The fields say they are in error, point at the message, and focus goes to the password.
    expect(html).toMatch(
      /<input id="password"[^>]* aria-invalid="true" aria-describedby="form-error" autofocus>/,
    );
  });

  it("says which field is missing or malformed, next to the field", async () => {
    const page = await (await fetch(authorizeUrl(sandbox, {}))).text();
    expect(page).toMatch(/<input id="email"[^>]* autofocus>/);
    const empty = await (
      await postForm(`${sandbox.issuerUrl}/connect/authorize/login`, [
        ["tx", hidden(page, "tx")],
        ["email", ""],
        ["password", ""],
      ])
    ).text();
    expect(empty).toContain('<p class="field-error" id="email-error">Enter your email address</p>');
    expect(empty).toContain('<p class="field-error" id="password-error">Enter your password</p>');
    expect(empty).toMatch(
      /<input id="email"[^>]* aria-invalid="true" aria-describedby="email-error" autofocus>/,
    );
    const malformed = await (
      await postForm(`${sandbox.issuerUrl}/connect/authorize/login`, [
        ["tx", hidden(page, "tx")],
        ["email", "demo"],
        ["password", "demo"],
      ])
    ).text();
    expect(malformed).toContain("Enter an email address like name@example.com");
    expect(malformed).not.toContain("Enter your password");
  });

  it("names the sandbox's users on the login page, and lets the user switch account at consent", async () => {
    const page = await (await fetch(authorizeUrl(sandbox, {}))).text();
    expect(page).toContain("<code>demo@kontor.test</code> / <code>demo</code> (4 organisations)");
    expect(page).toContain("<code>solo@kontor.test</code> / <code>demo</code> (1 organisation)");
    const consent = await logIn(sandbox);
    const link = /<a href="([^"]+)">Use another account<\/a>/.exec(consent)?.[1] ?? "";
    const again = await fetch(`${sandbox.url}${link.replace(/&amp;/g, "&")}`);
    expect(again.status).toBe(200);
    const login = await again.text();
    expect(login).toContain("Log in to Xero");
    const solo = await postForm(`${sandbox.issuerUrl}/connect/authorize/login`, [
      ["tx", hidden(login, "tx")],
      ["email", "solo@kontor.test"],
      ["password", "demo"],
    ]);
    const soloConsent = await (await follow(sandbox, solo)).text();
    expect(soloConsent).toContain("Logged in as Sam Solo (solo@kontor.test)");
    expect(soloConsent).toContain("Organisation: <strong>Greenway Landscaping Ltd</strong>");
  });

  it("lets a user with several organisations tick the ones to connect and lists the permissions", async () => {
    const html = await logIn(sandbox);
    for (const org of DEMO_ORGANISATIONS) {
      expect(html).toContain(
        `<input type="checkbox" id="tenant-${org.tenantId}" name="tenantId" value="${org.tenantId}">`,
      );
      expect(html).toContain(`<label for="tenant-${org.tenantId}">${org.name}</label>`);
    }
    expect(html).toContain("View your contacts");
    expect(html).toContain("View your organisation settings, accounts, tax rates and items");
    expect(html).toContain("View and manage your invoices, bills and credit notes");
    expect(html).toContain("<legend>Select the organisations to connect</legend>");
    expect(html).toMatch(/<button[^>]*value="allow"[^>]*>Allow access<\/button>/);
    expect(html).toMatch(/<button[^>]*value="cancel"[^>]*>Cancel<\/button>/);
  });

  it("redirects back with a code and the state, connecting only the ticked organisations", async () => {
    const html = await logIn(sandbox);
    const allowed = await postForm(`${sandbox.issuerUrl}/connect/authorize/consent`, [
      ["tx", hidden(html, "tx")],
      ["tenantId", DEMO_FIRM_TENANT_ID],
      ["tenantId", DEMO_BAKERY_TENANT_ID],
      ["action", "allow"],
    ]);
    expect(allowed.status).toBe(302);
    const location = new URL(allowed.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect(location.searchParams.get("state")).toBe("st-123");
    const code = location.searchParams.get("code") ?? "";
    const tokens = await tokenRequest(sandbox, {
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
    });
    expect(tokens.status).toBe(200);
    const connections = (await (
      await fetch(`${sandbox.apiUrl}/connections`, {
        headers: { authorization: `Bearer ${tokens.body.access_token}` },
      })
    ).json()) as Array<{ tenantId: string }>;
    expect(connections.map((c) => c.tenantId).sort()).toEqual(
      [DEMO_FIRM_TENANT_ID, DEMO_BAKERY_TENANT_ID].sort(),
    );
  });

  it("after Allow access, the browser's Back to the consent page starts the sign-in again, not an error", async () => {
    const page = await (await fetch(authorizeUrl(sandbox, {}))).text();
    const loggedIn = await postForm(`${sandbox.issuerUrl}/connect/authorize/login`, [
      ["tx", hidden(page, "tx")],
      ["email", "demo@kontor.test"],
      ["password", "demo"],
    ]);
    const consentUrl = new URL(loggedIn.headers.get("location") ?? "", sandbox.url);
    const consent = await fetch(consentUrl);
    expect(consent.headers.get("cache-control")).toBe("no-store");
    const allowed = await postForm(`${sandbox.issuerUrl}/connect/authorize/consent`, [
      ["tx", hidden(await consent.text(), "tx")],
      ["tenantId", DEMO_FIRM_TENANT_ID],
      ["action", "allow"],
    ]);
    expect(allowed.status).toBe(302);
    const back = await fetch(consentUrl);
    expect(back.status).toBe(200);
    const again = await back.text();
    expect(again).toContain("Log in to Xero");
    expect(hidden(again, "tx")).not.toBe(consentUrl.searchParams.get("tx"));
    // A consent page Kontor never led to is still an expired sign-in.
    const forged = await fetch(new URL(`${consentUrl.pathname}?tx=forged`, sandbox.url));
    expect(forged.status).toBe(400);
  });

  it("asks again when no organisation was ticked", async () => {
    const html = await logIn(sandbox);
    const again = await postForm(`${sandbox.issuerUrl}/connect/authorize/consent`, [
      ["tx", hidden(html, "tx")],
      ["action", "allow"],
    ]);
    expect(again.status).toBe(200);
    const page = await again.text();
    expect(page).toContain("Select at least one organisation to connect.");
    expect(page).toContain('<fieldset aria-invalid="true" aria-describedby="form-error">');
    expect(page).toMatch(/<input type="checkbox" id="tenant-[^"]+" name="tenantId" value="[^"]+" autofocus>/);
  });

  it("ignores organisations the user has no access to", async () => {
    const html = await logIn(sandbox, "solo@kontor.test");
    expect(html).not.toContain('type="checkbox"');
    expect(html).toContain("Greenway Landscaping Ltd");
    const allowed = await postForm(`${sandbox.issuerUrl}/connect/authorize/consent`, [
      ["tx", hidden(html, "tx")],
      ["tenantId", DEMO_FIRM_TENANT_ID],
      ["tenantId", DEMO_LANDSCAPING_TENANT_ID],
      ["action", "allow"],
    ]);
    const code = new URL(allowed.headers.get("location") ?? "").searchParams.get("code") ?? "";
    const tokens = await tokenRequest(sandbox, {
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
    });
    const connections = (await (
      await fetch(`${sandbox.apiUrl}/connections`, {
        headers: { authorization: `Bearer ${tokens.body.access_token}` },
      })
    ).json()) as Array<{ tenantId: string }>;
    expect(connections.map((c) => c.tenantId)).toEqual([DEMO_LANDSCAPING_TENANT_ID]);
  });

  it("answers access_denied with the state when the user cancels", async () => {
    const html = await logIn(sandbox);
    const cancelled = await postForm(`${sandbox.issuerUrl}/connect/authorize/consent`, [
      ["tx", hidden(html, "tx")],
      ["action", "cancel"],
    ]);
    expect(cancelled.status).toBe(302);
    const location = new URL(cancelled.headers.get("location") ?? "");
    expect(location.searchParams.get("error")).toBe("access_denied");
    expect(location.searchParams.get("state")).toBe("st-123");
    expect(location.searchParams.get("code")).toBeNull();
  });

  it("shows an error page and does not redirect for an unknown client or an unregistered redirect URI", async () => {
    const unknown = await fetch(authorizeUrl(sandbox, { client_id: "nobody" }), { redirect: "manual" });
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get("location")).toBeNull();
    const unknownPage = await unknown.text();
    expect(unknownPage).toContain('<span class="code">Error: unauthorized_client</span>');
    expect(unknownPage).toContain("No app with client id <code>nobody</code> is registered here.");
    const badRedirect = await fetch(
      authorizeUrl(sandbox, { redirect_uri: "https://evil.example/callback" }),
      { redirect: "manual" },
    );
    expect(badRedirect.status).toBe(400);
    expect(badRedirect.headers.get("location")).toBeNull();
    const badPage = await badRedirect.text();
    expect(badPage).toContain("Invalid redirect_uri");
    expect(badPage).toContain("<code>https://evil.example/callback</code> is not a redirect URI of");
  });

  it("redirects with invalid_scope for scopes Xero does not know", async () => {
    const response = await fetch(authorizeUrl(sandbox, { scope: "openid accounting.everything" }), {
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.searchParams.get("error")).toBe("invalid_scope");
    expect(location.searchParams.get("state")).toBe("st-123");
  });

  it("refuses a consent post without a signed-in transaction and an expired sign-in", async () => {
    const forged = await postForm(`${sandbox.issuerUrl}/connect/authorize/consent`, [
      ["tx", "forged"],
      ["action", "allow"],
    ]);
    expect(forged.status).toBe(400);
    const page = await (await fetch(authorizeUrl(sandbox, {}))).text();
    const notLoggedIn = await postForm(`${sandbox.issuerUrl}/connect/authorize/consent`, [
      ["tx", hidden(page, "tx")],
      ["action", "allow"],
    ]);
    expect(notLoggedIn.status).toBe(400);
    sandbox.advanceClock(16 * 60);
    const late = await postForm(`${sandbox.issuerUrl}/connect/authorize/login`, [
      ["tx", hidden(page, "tx")],
      ["email", "demo@kontor.test"],
      ["password", "demo"],
    ]);
    expect(late.status).toBe(400);
    expect(await late.text()).toContain("This sign-in has expired");
  });

  it("POST /__sandbox/authorize does what Allow access does", async () => {
    const response = await fetch(`${sandbox.url}/__sandbox/authorize`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        client_id: "kontor-demo",
        redirect_uri: REDIRECT,
        scope: SCOPE,
        state: "auto",
        email: "demo@kontor.test",
        tenantIds: [DEMO_BAKERY_TENANT_ID],
      }),
    });
    expect(response.status).toBe(200);
    const { redirect } = (await response.json()) as { redirect: string };
    const location = new URL(redirect);
    expect(location.searchParams.get("state")).toBe("auto");
    const tokens = await tokenRequest(sandbox, {
      grant_type: "authorization_code",
      code: location.searchParams.get("code") ?? "",
      redirect_uri: REDIRECT,
    });
    expect(tokens.status).toBe(200);
    const refused = await fetch(`${sandbox.url}/__sandbox/authorize`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        client_id: "kontor-demo",
        redirect_uri: "https://elsewhere.example/",
        scope: SCOPE,
        email: "demo@kontor.test",
      }),
    });
    expect(refused.status).toBe(400);
    const nothingTicked = await fetch(`${sandbox.url}/__sandbox/authorize`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        client_id: "kontor-demo",
        redirect_uri: REDIRECT,
        scope: SCOPE,
        email: "demo@kontor.test",
        tenantIds: [],
      }),
    });
    expect(nothingTicked.status).toBe(400);
    expect(await nothingTicked.json()).toMatchObject({
      error_description: "Select at least one organisation to connect.",
    });
  });
});
