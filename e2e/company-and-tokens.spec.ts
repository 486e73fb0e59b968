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

test("the Owner moves the company calendar to England: its holidays, time zone and working days are kept", async ({
  page,
}) => {
  await signUp(page);
  await page.goto("/company");
  const calendar = page.getByRole("region", { name: "Calendar" });
  // Estonia's Midsummer Day is a day off until the country changes.
  const holidays = calendar.getByRole("table", { name: /^Public holidays in / });
  await expect(holidays).toContainText("Midsummer Day");

  await calendar.getByRole("combobox", { name: "Country" }).fill("United King");
  await page.getByRole("option", { name: "United Kingdom" }).click();
  await calendar.getByRole("combobox", { name: "Region" }).click();
  await page.getByRole("option", { name: "England" }).click();
  await calendar.getByRole("combobox", { name: "Time zone" }).fill("Europe/Lond");
  await page.getByRole("option", { name: "Europe/London" }).click();
  await calendar.getByRole("checkbox", { name: "Saturday" }).check();
  await calendar.getByRole("button", { name: "Save calendar" }).click();
  await expect(page.getByText("The company calendar is saved")).toBeVisible();
  await expect(holidays).toContainText("Summer bank holiday");
  await expect(holidays).not.toContainText("Midsummer Day");

  await page.reload();
  await expect(calendar.getByRole("combobox", { name: "Country" })).toHaveValue("United Kingdom");
  await expect(calendar.getByRole("combobox", { name: "Region" })).toHaveValue("England");
  await expect(calendar.getByRole("combobox", { name: "Time zone" })).toHaveValue("Europe/London");
  await expect(calendar.getByRole("checkbox", { name: "Saturday" })).toBeChecked();
  await expect(calendar.getByRole("checkbox", { name: "Sunday" })).not.toBeChecked();
  await page.screenshot({ path: "test-results/company-calendar.png", fullPage: true });
});

test("the Owner adds, renames, archives and deletes topics; each change is kept", async ({ page }) => {
  await signUp(page);
  await page.goto("/company");
  const section = page.getByRole("region", { name: "Topics" });
  const table = section.getByRole("table", { name: "Topics" });
  await expect(table.getByRole("row")).toHaveCount(7);
  await expect(section.getByRole("switch", { name: "Time on Internal is billable" })).not.toBeChecked();

  await section.getByRole("textbox", { name: "New topic" }).fill("Payroll");
  await section.getByRole("button", { name: "Add topic" }).click();
  await expect(section.getByText("There is a topic called Payroll already.")).toBeVisible();
  await section.getByRole("textbox", { name: "New topic" }).fill("Stock count");
  await section.getByRole("button", { name: "Add topic" }).click();
  await expect(page.getByText("Stock count is added.")).toBeVisible();
  await expect(section.getByRole("textbox", { name: "New topic" })).toHaveValue("");

  const name = section.getByRole("textbox", { name: "Name of Stock count" });
  await name.fill("Year-end stock count");
  await name.press("Enter");
  await section.getByRole("button", { name: "Archive Year-end stock count" }).click();
  await expect(table.getByRole("row", { name: /Year-end stock count/ })).toContainText("Archived");
  await page.reload();
  await expect(table.getByRole("row", { name: /Year-end stock count/ })).toContainText("Archived");

  await section.getByRole("button", { name: "Delete Year-end stock count" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete Year-end stock count?" });
  await confirm.getByRole("button", { name: "Delete Year-end stock count" }).click();
  await expect(table.getByRole("row", { name: /stock count/ })).toHaveCount(0);
  await page.screenshot({ path: "test-results/topics.png", fullPage: true });
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
