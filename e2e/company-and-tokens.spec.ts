import { expect, test } from "@playwright/test";
import { baseURL, signUp } from "./support/kontor.js";

test("the Owner renames the company; the plan is shown with who changes it", async ({ page }) => {
  const account = await signUp(page);
  await page.goto("/company");
  await expect(page.getByRole("region", { name: "Plan" })).toContainText("Free plan");
  await expect(page.getByRole("region", { name: "Plan" })).toContainText(
    "Plans are changed by Kontor's operator",
  );

  const name = page.getByRole("textbox", { name: "Company name" });
  await expect(name).toHaveValue(account.companyName);
  await expect(page.getByRole("button", { name: "Save name" })).toBeDisabled();
  await name.fill(" ");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Enter the company name.")).toBeVisible();

  const renamed = `${account.companyName} OÜ`;
  await name.fill(renamed);
  await name.press("Enter");
  await expect(page.getByText(`Your company is now called ${renamed}.`)).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(renamed);
  await page.reload();
  await expect(name).toHaveValue(renamed);
});

test("an API token is shown once, works as a Bearer token, and stops working when revoked", async ({
  page,
  playwright,
}) => {
  const account = await signUp(page);
  await page.goto("/api-tokens");
  await expect(page.getByText("No API tokens yet")).toBeVisible();

  await page.getByLabel("Token name").fill("Monthly export");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Copy the token “Monthly export” now")).toBeVisible();
  await expect(page.getByText("This is the only time Kontor shows it.")).toBeVisible();
  const token = await page.getByRole("textbox", { name: "New API token" }).inputValue();
  await page.getByRole("button", { name: "Copy new api token" }).click();
  await expect(page.getByRole("button", { name: "New API token copied" })).toBeVisible();
  await page.getByRole("button", { name: "I have copied it" }).click();
  await expect(page.getByRole("textbox", { name: "New API token" })).toHaveCount(0);
  const tokens = page.getByRole("list", { name: "API tokens" });
  await expect(tokens).toContainText("Monthly export");
  await expect(tokens).toContainText("never used");

  const script = await playwright.request.newContext({ baseURL });
  const me = await script.get("/api/me", { headers: { Authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(((await me.json()) as { company: { name: string } }).company.name).toBe(account.companyName);
  await page.reload();
  await expect(tokens).toContainText("last used");

  await tokens.getByRole("button", { name: "Revoke Monthly export" }).click();
  const confirm = page.getByRole("dialog", { name: "Revoke “Monthly export”?" });
  await expect(confirm).toContainText("stop working at once");
  await confirm.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByText("No API tokens yet")).toBeVisible();
  const refused = await script.get("/api/me", { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  await script.dispose();
});
