import { expect, type Page, test } from "@playwright/test";
import { callAsPage, setPlan, signUp } from "./support/kontor.js";

const SHOTS = process.env.KONTOR_E2E_SHOTS;

/** A page as it looks now, kept when KONTOR_E2E_SHOTS names a directory (for looking at it). */
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function billingFirm(page: Page) {
  const account = await signUp(page);
  await setPlan(account.companyName, "team");
  const enabled = await callAsPage(page, "POST", "/api/apps/billing/enable");
  expect(enabled.status(), await enabled.text()).toBe(200);
  return account;
}

test("products: create one, edit it, archive it after confirming, and restore it", async ({ page }) => {
  await billingFirm(page);
  await page.goto("/billing/products");
  await expect(page.getByText("No products yet")).toBeVisible();
  await expect(page.getByText("Add one with New product")).toBeVisible();

  await page.getByRole("button", { name: "New product" }).click();
  const dialog = page.getByRole("dialog", { name: "New product" });
  // Keyboard only: the code field has focus, Tab goes on, Enter saves.
  await expect(dialog.getByLabel("Product code")).toBeFocused();
  await page.keyboard.type("BK-S");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Bookkeeping S");
  await dialog.getByLabel("Unit price").fill("149.12345");
  await dialog.getByLabel("Unit price").press("Enter");
  await expect(dialog.getByText("Use at most 4 decimals.")).toBeVisible();
  await expect(dialog.getByLabel("Unit price")).toBeFocused();
  await shot(page, "product-dialog-error");
  await dialog.getByLabel("Unit price").fill("149.5");
  await dialog.getByLabel("Unit", { exact: true }).fill("month");
  await dialog.getByLabel("Description").fill("Monthly bookkeeping, up to 50 documents");
  await dialog.getByRole("button", { name: "Add product" }).click();
  await expect(dialog).toBeHidden();

  const table = page.getByRole("table", { name: "Products" });
  const row = table.getByRole("row", { name: /BK-S/ });
  await expect(row).toContainText("Bookkeeping S");
  await expect(row).toContainText("month");
  await expect(row).toContainText("149.50");

  // A second product with the same code is refused, the field says why.
  await page.getByRole("button", { name: "New product" }).click();
  await dialog.getByLabel("Product code").fill("BK-S");
  await dialog.getByLabel("Name").fill("Another");
  await dialog.getByRole("button", { name: "Add product" }).click();
  await expect(
    dialog.getByText("Another product already has the code BK-S. Use a different code."),
  ).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();

  await row.getByRole("button", { name: "Edit BK-S" }).click();
  const edit = page.getByRole("dialog", { name: "Edit BK-S Bookkeeping S" });
  await expect(edit.getByLabel("Unit price")).toHaveValue("149.50");
  await edit.getByLabel("Name").fill("Bookkeeping Small");
  await edit.getByLabel("Unit price").fill("155.1234");
  await edit.getByRole("button", { name: "Save product" }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText("Bookkeeping Small");
  await expect(row).toContainText("155.1234");
  await shot(page, "products");

  await row.getByRole("button", { name: "Archive BK-S" }).click();
  const confirm = page.getByRole("dialog", { name: "Archive BK-S?" });
  await expect(confirm).toContainText("no longer offered for new invoice lines");
  await confirm.getByRole("button", { name: "Archive BK-S" }).click();
  await expect(confirm).toBeHidden();
  await expect(row.getByText("Archived")).toBeVisible();

  await page.reload();
  await expect(row.getByText("Archived")).toBeVisible();
  await expect(row).toContainText("Bookkeeping Small");
  await row.getByRole("button", { name: "Restore BK-S" }).click();
  await expect(row.getByRole("button", { name: "Archive BK-S" })).toBeVisible();
});
