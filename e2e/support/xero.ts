import { expect, type Locator, type Page } from "@playwright/test";

/** The bundled Xero sandbox's demo logins (xero-sandbox/README.md). */
export const XERO_USERS = {
  /** Four organisations: the consent page asks which to connect. */
  demo: "demo@kontor.test",
  /** Only Greenway Landscaping Ltd. */
  solo: "solo@kontor.test",
} as const;
const XERO_PASSWORD = "demo";

/** Settings & Apps → the Xero card → the Xero dialog. */
export async function openXeroDialog(page: Page): Promise<Locator> {
  await page.goto("/apps");
  await page.getByRole("region", { name: "Xero" }).getByRole("button", { name: "Open Xero" }).click();
  const dialog = page.getByRole("dialog", { name: "Xero" });
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * On the sandbox's real login and consent pages: logs in, ticks the organisations (when the user
 * has several), then clicks "Allow access" or "Cancel". Answers the sandbox's address.
 */
export async function answerAtXero(
  page: Page,
  {
    email,
    organisations = [],
    action = "Allow access",
  }: { email: string; organisations?: string[]; action?: "Allow access" | "Cancel" },
): Promise<string> {
  await expect(page.getByRole("heading", { name: "Log in to Xero" })).toBeVisible();
  const sandbox = new URL(page.url()).origin;
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(XERO_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("button", { name: "Allow access" })).toBeVisible();
  for (const name of organisations) await page.getByLabel(name).check();
  await page.getByRole("button", { name: action }).click();
  return sandbox;
}

/** As if the user removed Kontor in Xero's "Connected apps" (the sandbox's control API). */
export async function revokeInXero(page: Page, sandbox: string, email: string): Promise<void> {
  const response = await page.request.post(`${sandbox}/__sandbox/revoke`, { data: { email } });
  expect(response.status(), await response.text()).toBe(200);
}
