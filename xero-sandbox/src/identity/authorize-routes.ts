import { type Context, Hono } from "hono";
import { formRecord, readForm, type SandboxEnv } from "../http.js";
import type { SandboxState } from "../state.js";
import { DEMO_APP } from "./apps.js";
import { consentPage, errorPage, escapeHtml, type LoginHint, loginPage } from "./authorize-page.js";
import { accessDenied, allowAccess, checkPassword, validateAuthorizeRequest } from "./consent.js";
import { LIFETIMES, type LoginTransaction, type UserRecord } from "./records.js";
import { describeScopes, needsOrganisation } from "./scopes.js";
import { randomToken } from "./tokens.js";

/**
 * The authorize page: log in, then consent. Each step posts only the login transaction id;
 * the client, redirect URI, scopes and the signed-in user stay on the server.
 */
export function authorizeRoutes(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  app.get("/connect/authorize", (c) => {
    const query = c.req.query();
    const validation = validateAuthorizeRequest(state, query);
    if (!validation.ok) {
      if (validation.kind === "page")
        return c.html(errorPage({ ...validation, hint: sandboxHint(validation.error, query) }), 400);
      return c.redirect(validation.redirect, 302);
    }
    const now = state.clock.now();
    sweepTransactions(state, now);
    const transaction: LoginTransaction = {
      id: randomToken(16),
      request: validation.request,
      expiresAt: now + LIFETIMES.loginTransactionMs,
    };
    state.identity.transactions.set(transaction.id, transaction);
    return c.html(
      loginPage({
        transactionId: transaction.id,
        appName: appName(state, transaction),
        email: c.req.query("login_hint"),
        hints: loginHints(state),
      }),
    );
  });

  // "Use another account" on the consent page: back to the login step of the same sign-in.
  app.get("/connect/authorize/login", (c) => {
    const transaction = liveTransaction(state, c.req.query("tx"));
    if (!transaction) return c.html(errorPage(EXPIRED), 400);
    transaction.userEmail = undefined;
    return c.html(
      loginPage({
        transactionId: transaction.id,
        appName: appName(state, transaction),
        hints: loginHints(state),
      }),
    );
  });

  app.post("/connect/authorize/login", async (c) => {
    const form = formRecord(await readForm(c));
    const transaction = liveTransaction(state, form.tx);
    if (!transaction) return c.html(errorPage(EXPIRED), 400);
    const email = form.email?.trim() ?? "";
    const fieldErrors = {
      email:
        email === ""
          ? "Enter your email address"
          : /^[^\s@]+@[^\s@]+$/.test(email)
            ? undefined
            : "Enter an email address like name@example.com",
      password: form.password ? undefined : "Enter your password",
    };
    const user =
      fieldErrors.email || fieldErrors.password ? undefined : checkPassword(state, email, form.password);
    if (!user) {
      return c.html(
        loginPage({
          transactionId: transaction.id,
          appName: appName(state, transaction),
          email,
          error:
            fieldErrors.email || fieldErrors.password ? undefined : "Your email or password is incorrect",
          fieldErrors,
          hints: loginHints(state),
        }),
        200,
      );
    }
    transaction.userEmail = user.email;
    // Post/Redirect/Get, as Xero's login does: the consent page is a GET the browser can return to.
    return c.redirect(`${consentPath(c.req.path)}?tx=${encodeURIComponent(transaction.id)}`, 303);
  });

  app.get("/connect/authorize/consent", (c) => {
    noStore(c);
    const id = c.req.query("tx");
    const transaction = liveTransaction(state, id);
    const user = transaction?.userEmail ? state.users.get(transaction.userEmail) : undefined;
    if (transaction && user) return c.html(renderConsent(state, transaction, user));
    // Back to an answered consent page (the browser's Back after connecting): like Xero, which
    // keeps the authorize request in its address, start that sign-in again instead of an error.
    const finished = id ? state.identity.finished.get(id) : undefined;
    if (!finished || finished.expiresAt <= state.clock.now()) return c.html(errorPage(EXPIRED), 400);
    const again: LoginTransaction = {
      id: randomToken(16),
      request: finished.request,
      expiresAt: state.clock.now() + LIFETIMES.loginTransactionMs,
    };
    state.identity.transactions.set(again.id, again);
    return c.html(
      loginPage({ transactionId: again.id, appName: appName(state, again), hints: loginHints(state) }),
    );
  });

  app.post("/connect/authorize/consent", async (c) => {
    const form = await readForm(c);
    const transaction = liveTransaction(state, form.get("tx") ?? undefined);
    const user = transaction?.userEmail ? state.users.get(transaction.userEmail) : undefined;
    if (!transaction || !user) return c.html(errorPage(EXPIRED), 400);
    if (form.get("action") !== "allow") {
      state.identity.transactions.delete(transaction.id);
      return c.redirect(accessDenied(transaction.request), 302);
    }
    const chosen = form.getAll("tenantId").filter((id) => user.tenantIds.includes(id));
    if (needsOrganisation(transaction.request.scopes) && chosen.length === 0) {
      return c.html(
        renderConsent(state, transaction, user, "Select at least one organisation to connect."),
        200,
      );
    }
    state.identity.transactions.delete(transaction.id);
    state.identity.finished.set(transaction.id, transaction);
    return c.redirect(allowAccess(state, transaction.request, user, chosen).redirect, 302);
  });

  return app;
}

const EXPIRED = {
  error: "invalid_request",
  description: "This sign-in has expired. Go back to the app and connect again.",
};

function appName(state: SandboxState, transaction: LoginTransaction): string {
  return state.apps.get(transaction.request.clientId)?.name ?? transaction.request.clientId;
}

function liveTransaction(state: SandboxState, id: string | undefined): LoginTransaction | undefined {
  const transaction = id ? state.identity.transactions.get(id) : undefined;
  return transaction && transaction.expiresAt > state.clock.now() ? transaction : undefined;
}

function renderConsent(
  state: SandboxState,
  transaction: LoginTransaction,
  user: UserRecord,
  error?: string,
): string {
  const organisations = needsOrganisation(transaction.request.scopes)
    ? user.tenantIds.flatMap((tenantId) => {
        const books = state.tenants.get(tenantId);
        return books ? [{ tenantId, name: books.organisation.Name }] : [];
      })
    : [];
  return consentPage({
    transactionId: transaction.id,
    appName: appName(state, transaction),
    userName: `${user.givenName} ${user.familyName} (${user.email})`,
    organisations,
    choose: organisations.length > 1,
    permissions: describeScopes(transaction.request.scopes),
    error,
    switchUserUrl: `/identity/connect/authorize/login?tx=${encodeURIComponent(transaction.id)}`,
  });
}

/** The sandbox's users, named on the login page so anyone can try the flow offline. */
function loginHints(state: SandboxState): LoginHint[] {
  return [...state.users.values()].map((u) => ({
    email: u.email,
    password: u.password,
    organisations: u.tenantIds.length,
  }));
}

/** What a developer can do about an authorize request the sandbox refused (HTML, escaped). */
function sandboxHint(error: string, query: Record<string, string | undefined>): string {
  const code = (text: string | undefined) => `<code>${escapeHtml(text ?? "")}</code>`;
  if (error === "unauthorized_client") {
    return `No app with client id ${code(query.client_id)} is registered here. The demo app is ${code(DEMO_APP.clientId)}; register others with ${code("POST /__sandbox/apps")}.`;
  }
  return `${code(query.redirect_uri ?? "(none)")} is not a redirect URI of ${code(query.client_id)}. Xero compares redirect URIs exactly; the demo app takes any ${code("http://localhost")} or ${code("http://127.0.0.1")} address.`;
}

function sweepTransactions(state: SandboxState, now: number): void {
  for (const map of [state.identity.transactions, state.identity.finished]) {
    for (const [id, transaction] of map) {
      if (transaction.expiresAt <= now) map.delete(id);
    }
  }
}

/** The consent page's path beside the login page's, wherever the identity routes are mounted. */
function consentPath(loginPath: string): string {
  return loginPath.replace(/\/login$/, "/consent");
}

function noStore(c: Context<SandboxEnv>): void {
  // Never restored from the back-forward cache: a revisit asks the sandbox again.
  c.header("Cache-Control", "no-store");
}
