import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type APIRequestContext, type Browser, expect, type Page } from "@playwright/test";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const run = promisify(execFile);

export const PASSWORD = "correct horse battery staple";

/** Where the global setup started Kontor. */
export const baseURL = `http://localhost:${process.env.KONTOR_E2E_PORT}`;

export interface Account {
  companyName: string;
  name: string;
  email: string;
  password: string;
}

/** A company and owner no other test uses (tests run in parallel on one database). */
export function newAccount(firstName = "Maria", lastName = "Tamm"): Account {
  const id = randomBytes(4).toString("hex");
  return {
    companyName: `${lastName} & Partners ${id}`,
    name: `${firstName} ${lastName}`,
    email: `${firstName.toLowerCase()}.${id}@example.com`,
    password: PASSWORD,
  };
}

export function uniqueEmail(firstName: string): string {
  return `${firstName.toLowerCase()}.${randomBytes(4).toString("hex")}@example.com`;
}

/**
 * Signs up through the form; the browser is signed in on the dashboard afterwards, with the
 * dashboard's data loaded (so no request of that page is still to be sent when a test goes on).
 */
export async function signUpInBrowser(page: Page, account: Account): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("Company name").fill(account.companyName);
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${account.name.split(" ")[0]}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: account.companyName })).toBeVisible();
}

/**
 * Signs up through the API (quicker, for tests about something else); the page's browser context
 * shares the session cookie, so the page is signed in.
 */
export async function signUp(page: Page, account: Account = newAccount()): Promise<Account> {
  const response = await page.request.post("/api/auth/signup", { data: account });
  expect(response.status(), await response.text()).toBe(201);
  return account;
}

export async function logIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

/** A state-changing API call from the signed-in page's session, as Kontor's own pages send it. */
export function callAsPage(page: Page, method: "POST" | "PATCH" | "DELETE", url: string, data?: unknown) {
  return page.request.fetch(url, { method, data, headers: { Origin: baseURL } });
}

/** Invites someone through the API and accepts the invite from another client, as the invitee. */
export async function addMember(
  page: Page,
  request: APIRequestContext,
  person: { name: string; role: "admin" | "member" },
): Promise<{ name: string; email: string; link: string }> {
  const email = uniqueEmail(person.name.split(" ")[0]!);
  const invited = await callAsPage(page, "POST", "/api/members/invites", { email, role: person.role });
  expect(invited.status(), await invited.text()).toBe(201);
  const { link } = (await invited.json()) as { link: string };
  const token = new URL(link).pathname.split("/").pop();
  const accepted = await request.post(`/api/invites/${token}/accept`, {
    data: { name: person.name, password: PASSWORD },
    headers: { Origin: baseURL },
  });
  expect(accepted.status(), await accepted.text()).toBe(201);
  return { name: person.name, email, link };
}

/** A second person's browser: its own cookies, so both can be signed in at once. */
export async function newBrowserPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: "en-GB",
  });
  return context.newPage();
}

/**
 * Kontor's operator command, run as an operator would while the server runs, on the same
 * database: `npm run kontor -- plan "<company>" <plan>`.
 */
export async function setPlan(companyName: string, plan: "free" | "team" | "elite"): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: process.env.KONTOR_E2E_DATA_DIR };
  delete env.DATABASE_URL;
  if (process.env.KONTOR_E2E_DATABASE_URL) env.DATABASE_URL = process.env.KONTOR_E2E_DATABASE_URL;
  const { stdout } = await run("npm", ["run", "--silent", "kontor", "--", "plan", companyName, plan], {
    cwd: root,
    env,
  });
  expect(stdout).toContain(`${companyName} is now on the`);
}
