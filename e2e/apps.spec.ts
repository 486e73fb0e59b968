import { expect, test } from "@playwright/test";
import { setPlan, signUp } from "./support/kontor.js";
import { openXeroDialog } from "./support/xero.js";

test("enabling Xero while Billing is off asks to enable Billing too; both can be turned on at once", async ({
  page,
}) => {
  const account = await signUp(page);
  await setPlan(account.companyName, "team");
  const dialog = await openXeroDialog(page);
  const billing = page.getByRole("region", { name: "Billing" });
  const xero = page.getByRole("region", { name: "Xero" });
  await expect(billing.getByText("Not enabled", { exact: true })).toBeVisible();

  await dialog.getByRole("button", { name: "Enable Xero" }).click();
  const question = page.getByRole("dialog", { name: "Enable Billing too?" });
  await expect(question).toContainText("strongly advise");
  await question.getByRole("button", { name: "Enable Billing and Xero" }).click();
  await expect(question).toBeHidden();
  await expect(page.getByText("Billing and Xero are enabled.")).toBeVisible();
  await expect(billing.getByText("Enabled", { exact: true })).toBeVisible();
  await expect(xero.getByText("Enabled", { exact: true })).toBeVisible();

  await expect(dialog.getByRole("button", { name: "Disable Xero" })).toBeVisible();

  await page.reload();
  await expect(billing.getByRole("button", { name: "Disable Billing" })).toBeVisible();
  await xero.getByRole("button", { name: "Open Xero" }).click();
  await expect(dialog.getByRole("button", { name: "Disable Xero" })).toBeVisible();
});

test("Xero can be enabled alone, the question cancelled, and an app disabled after confirming", async ({
  page,
}) => {
  const account = await signUp(page);
  await setPlan(account.companyName, "elite");
  await page.goto("/apps");
  await expect(page.getByRole("banner")).toContainText("Elite plan");
  const dialog = await openXeroDialog(page);
  const billing = page.getByRole("region", { name: "Billing" });
  const xero = page.getByRole("region", { name: "Xero" });
  const question = page.getByRole("dialog", { name: "Enable Billing too?" });

  await dialog.getByRole("button", { name: "Enable Xero" }).click();
  // The question is read before it is answered: a click while it still opens can be lost.
  await expect(question).toContainText("strongly advise");
  await question.getByRole("button", { name: "Cancel" }).click();
  await expect(question).toBeHidden();
  await expect(xero.getByText("Not enabled", { exact: true })).toBeVisible();

  // Escape closes only the question; the Xero dialog under it stays open.
  await dialog.getByRole("button", { name: "Enable Xero" }).click();
  await expect(question).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(question).toBeHidden();
  await expect(dialog.getByRole("button", { name: "Enable Xero" })).toBeVisible();
  await expect(xero.getByText("Not enabled", { exact: true })).toBeVisible();

  await dialog.getByRole("button", { name: "Enable Xero" }).click();
  await question.getByRole("button", { name: "Only Xero" }).click();
  await expect(xero.getByText("Enabled", { exact: true })).toBeVisible();
  await expect(billing.getByText("Not enabled", { exact: true })).toBeVisible();

  await dialog.getByRole("button", { name: "Disable Xero" }).click();
  const confirm = page.getByRole("dialog", { name: "Disable Xero?" });
  await expect(confirm).toContainText("Data already in Kontor stays");
  await confirm.getByRole("button", { name: "Disable Xero" }).click();
  await expect(confirm).toBeHidden();
  await expect(xero.getByText("Not enabled", { exact: true })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Enable Xero" })).toBeEnabled();
});
