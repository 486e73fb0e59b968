import { expect, type Page, test } from "@playwright/test";
import { addMember, callAsPage, logIn, newBrowserPage, setPlan, signUp } from "./support/kontor.js";

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

test("Setup tab: the Owner changes the number prefix and payment terms, kept after reload; a Member only sees them", async ({
  page,
  browser,
  request,
}) => {
  // Two people's browsers and an operator command: a long journey on a shared machine.
  test.slow();
  await billingFirm(page);
  await page.goto("/apps");
  await page
    .getByRole("region", { name: "Billing" })
    .getByRole("link", { name: "Open Billing setup" })
    .click();
  await expect(page).toHaveURL(/\/apps\/billing\/setup$/);
  await expect(page.getByRole("tab", { name: "Setup" })).toHaveAttribute("aria-selected", "true");

  const form = page.getByRole("form", { name: "Billing setup" });
  // Xero cannot be chosen before it is connected, and the page says why.
  await expect(form.getByRole("radio", { name: "Xero" })).toBeDisabled();
  await expect(
    form.getByText("Not available yet: enable and connect Xero in Settings & Apps → Xero first."),
  ).toBeVisible();
  await expect(form.getByLabel("Prefix")).toHaveValue("INV-");
  await expect(form.getByText("Due 14 days after the invoice date")).toBeVisible();

  await form.getByLabel("Days").fill("-3");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByText("Enter a whole number.")).toBeVisible();
  await expect(form.getByLabel("Days")).toBeFocused();

  await form.getByLabel("Prefix").fill("2026-");
  await form.getByLabel("Next number").fill("100");
  await form.getByLabel("Days").fill("10");
  await form.getByRole("combobox", { name: "Counted from" }).click();
  await page.getByRole("option", { name: "the end of the invoice's month" }).click();
  await expect(form.getByText("Due 10 days after the end of the invoice's month")).toBeVisible();
  await form.getByLabel("Legal name").fill("Tamm & Partners OÜ");
  await form.getByLabel("Bank account").fill("EE38 2200 2210 2014 5685, Swedbank");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Billing settings are saved.")).toBeVisible();
  await shot(page, "billing-setup");

  await page.reload();
  await expect(form.getByLabel("Prefix")).toHaveValue("2026-");
  await expect(form.getByLabel("Next number")).toHaveValue("100");
  await expect(form.getByText("The next invoice is 2026-100")).toBeVisible();
  await expect(form.getByLabel("Days")).toHaveValue("10");
  await expect(form.getByText("Due 10 days after the end of the invoice's month")).toBeVisible();
  await expect(form.getByLabel("Legal name")).toHaveValue("Tamm & Partners OÜ");

  const product = await callAsPage(page, "POST", "/api/billing/products", {
    code: "HOUR",
    name: "Hour of advice",
  });
  expect(product.status(), await product.text()).toBe(201);
  const member = await addMember(page, request, { name: "Mari Maasikas", role: "member" });
  const memberPage = await newBrowserPage(browser);
  await memberPage.goto("/login");
  await logIn(memberPage, member.email);
  await expect(memberPage.getByRole("heading", { name: "Welcome, Mari" })).toBeVisible();
  await memberPage.goto("/apps/billing/setup");
  const seen = memberPage.getByRole("form", { name: "Billing setup" });
  await expect(seen.getByLabel("Prefix")).toHaveValue("2026-");
  await expect(seen.getByLabel("Prefix")).toHaveAttribute("readonly", "");
  await expect(
    seen.getByText("Only the Company Owner or a Company Admin changes Billing settings."),
  ).toBeVisible();
  await expect(seen.getByRole("button", { name: "Save settings" })).toHaveCount(0);
  await shot(memberPage, "billing-setup-member");
  await memberPage.goto("/billing/products");
  await expect(memberPage.getByRole("row", { name: /HOUR/ })).toBeVisible();
  await expect(memberPage.getByRole("button", { name: "New product" })).toHaveCount(0);
  await expect(memberPage.getByRole("button", { name: /Edit/ })).toHaveCount(0);
});
