import { expect, test } from "@playwright/test";
import { addMember, callAsPage, logIn, newBrowserPage, setPlan, signUp } from "./support/kontor.js";
import { answerAtXero, openXeroDialog, revokeInXero, XERO_USERS } from "./support/xero.js";

// Each test uses its own sandbox login: a grant at Xero belongs to the Xero user, so two tests
// connecting the same user at once would revoke each other's access.

test("an Owner connects Xero through its login and consent pages, tests the connection, re-authorizes after a revocation and disconnects", async ({
  page,
  browser,
  request,
}) => {
  const account = await signUp(page);
  await setPlan(account.companyName, "team");
  const dialog = await openXeroDialog(page);

  await test.step("enable Xero on Overview; Billing is offered too", async () => {
    await expect(dialog).toContainText("Demo Xero (sandbox)");
    await expect(dialog).toContainText("Not connected");
    await dialog.getByRole("button", { name: "Enable Xero" }).click();
    const question = page.getByRole("dialog", { name: "Enable Billing too?" });
    await question.getByRole("button", { name: "Enable Billing and Xero" }).click();
    await expect(dialog.getByRole("button", { name: "Disable Xero" })).toBeVisible();
  });

  let sandbox = "";
  await test.step("authorize at Xero and come back connected: the import starts; Overview shows the connection", async () => {
    await dialog.getByRole("tab", { name: "Connect to Xero" }).click();
    await dialog.getByRole("button", { name: "Authorize Xero to start import" }).click();
    sandbox = await answerAtXero(page, { email: XERO_USERS.solo });
    await expect(page).toHaveURL(/\/apps$/);
    await expect(dialog.getByRole("status").filter({ hasText: "Xero is connected" })).toBeVisible();
    // As the button says: the Import tab opens and the preview is fetched by itself.
    await expect(dialog.getByRole("tab", { name: "Import" })).toHaveAttribute("aria-selected", "true");
    await expect(
      dialog
        .getByText(/^Fetching contacts from Greenway Landscaping Ltd/)
        .or(dialog.getByRole("heading", { name: /^From Greenway Landscaping Ltd: / })),
    ).toBeVisible({ timeout: 30_000 });
    await dialog.getByRole("tab", { name: "Overview" }).click();
    await expect(dialog).toContainText("Connected to Greenway Landscaping Ltd");
    await expect(dialog).toContainText(XERO_USERS.solo);
  });

  await test.step("the browser's Back after connecting shows Xero's sign-in again, not an error", async () => {
    await page.goBack();
    await expect(page.getByRole("heading", { name: "Log in to Xero" })).toBeVisible();
    await expect(page.getByText("This sign-in has expired")).toHaveCount(0);
    await openXeroDialog(page);
  });

  await test.step("Test connection on Settings says it works; the environment is the sandbox", async () => {
    await dialog.getByRole("tab", { name: "Settings" }).click();
    await expect(dialog.getByRole("radio", { name: "Greenway Landscaping Ltd" })).toBeChecked();
    await dialog.getByRole("button", { name: "Test connection" }).click();
    await expect(dialog.getByRole("status", { name: "Test connection result" })).toContainText(
      "The connection works",
    );
    await expect(dialog.getByRole("status", { name: "Test connection result" })).toContainText(
      "Kontor reaches Greenway Landscaping Ltd",
    );
    await expect(dialog).toContainText("Demo Xero (sandbox): Kontor's bundled demo Xero");
  });

  const member = await addMember(page, request, { name: "Jaan Kask", role: "member" });
  const memberPage = await newBrowserPage(browser);
  await test.step("a Member sees the connection, with every control that changes it disabled", async () => {
    await memberPage.goto("/login");
    await logIn(memberPage, member.email);
    await expect(memberPage.getByRole("heading", { name: "Welcome, Jaan" })).toBeVisible();
    const memberDialog = await openXeroDialog(memberPage);
    await expect(memberDialog).toContainText("Connected to Greenway Landscaping Ltd");
    await expect(memberDialog.getByRole("button", { name: "Disable Xero" })).toBeDisabled();
    await expect(memberDialog.getByRole("button", { name: "Disconnect" })).toBeDisabled();
    await expect(memberDialog).toContainText(
      "Only the Company Owner or a Company Admin can connect, disconnect or change Xero.",
    );
    await memberDialog.getByRole("tab", { name: "Connect to Xero" }).click();
    await expect(memberDialog.getByRole("button", { name: "Authorize Xero again" })).toBeDisabled();
  });

  await test.step("access removed inside Xero: Test connection finds it, a banner asks to authorize again", async () => {
    await revokeInXero(page, sandbox, XERO_USERS.solo);
    await dialog.getByRole("button", { name: "Test connection" }).click();
    await expect(dialog.getByRole("status", { name: "Test connection result" })).toContainText(
      "The connection does not work",
    );
    await dialog.getByRole("tab", { name: "Overview" }).click();
    await expect(dialog).toContainText("Needs re-authorization");
    await expect(dialog.getByRole("button", { name: "Authorize Xero" })).toBeEnabled();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
    const banner = page.getByRole("region", { name: "Xero needs to be authorized again" });
    await expect(banner).toContainText("Greenway Landscaping Ltd");
    // The Member sees the state in Settings & Apps only, without the banner.
    await memberPage.goto("/team");
    await expect(memberPage.getByRole("heading", { name: "Team" })).toBeVisible();
    await expect(memberPage.getByRole("region", { name: "Xero needs to be authorized again" })).toHaveCount(
      0,
    );

    await banner.getByRole("button", { name: "Authorize Xero" }).click();
    await answerAtXero(page, { email: XERO_USERS.solo });
    // The Import tab opens on the preview still waiting for review; Overview shows the connection.
    await expect(dialog.getByRole("tab", { name: "Import" })).toHaveAttribute("aria-selected", "true", {
      timeout: 30_000,
    });
    await dialog.getByRole("tab", { name: "Overview" }).click();
    await expect(dialog).toContainText("Connected to Greenway Landscaping Ltd");
    await expect(page.getByRole("region", { name: "Xero needs to be authorized again" })).toHaveCount(0);
  });
  await memberPage.context().close();

  await test.step("Billing: each list says what its word means; Import classificators says what it brought in", async () => {
    await page.goto("/billing/resource-codes");
    await expect(
      page.getByText("Resource codes — Xero revenue accounts an invoice line is booked to."),
    ).toBeVisible();
    await page.getByRole("tab", { name: "Products" }).click();
    await page.getByRole("button", { name: "Import classificators" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Classificators imported from Greenway Landscaping Ltd" }),
    ).toBeVisible();
    await openXeroDialog(page);
  });

  await test.step("disconnect, after a confirmation naming the organisation", async () => {
    await dialog.getByRole("button", { name: "Disconnect" }).click();
    const confirm = page.getByRole("dialog", { name: "Disconnect Xero?" });
    await expect(confirm).toContainText("Greenway Landscaping Ltd");
    await expect(confirm).toContainText("Kontor's access in Xero is removed too");
    await expect(confirm).toContainText("Clients, products and invoices already in Kontor stay as they are");
    await confirm.getByRole("button", { name: "Disconnect Xero" }).click();
    await expect(confirm).toBeHidden();
    await expect(dialog).toContainText("Not connected");
    await expect(page.getByText("Xero is disconnected.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Xero" })).toContainText("Not connected");
  });

  await test.step("Billing says Xero is not connected, without the earlier import's result beside it", async () => {
    await page.goto("/billing/products");
    await expect(page.getByRole("note")).toContainText("Xero is not connected");
    await expect(page.getByRole("table", { name: "Products" })).toContainText("Lawn mowing visit");
    await expect(page.getByText("Classificators imported from")).toHaveCount(0);
  });
});

test("a Xero user with several organisations chooses the billing organisation; picking another later asks before switching", async ({
  page,
}) => {
  const account = await signUp(page);
  await setPlan(account.companyName, "elite");
  expect((await callAsPage(page, "POST", "/api/apps/xero/enable")).status()).toBe(200);
  const dialog = await openXeroDialog(page);

  await test.step("authorize two organisations: Kontor asks which one is for billing", async () => {
    await dialog.getByRole("tab", { name: "Connect to Xero" }).click();
    await dialog.getByRole("button", { name: "Authorize Xero to start import" }).click();
    await answerAtXero(page, {
      email: XERO_USERS.demo,
      organisations: ["Demo Accounting Firm Ltd", "Northwind Bakery Ltd"],
    });
    const choose = page.getByRole("dialog", { name: "Choose the billing organisation" });
    await expect(choose.getByRole("radio")).toHaveCount(2);
    await choose.getByRole("button", { name: "Use as billing organisation" }).click();
    await expect(choose).toContainText("Choose the billing organisation.");
    await choose.getByRole("radio", { name: "Demo Accounting Firm Ltd" }).check();
    await choose.getByRole("button", { name: "Use as billing organisation" }).click();
    await expect(choose).toBeHidden();
    await expect(dialog.getByRole("tab", { name: "Import" })).toHaveAttribute("aria-selected", "true");
    await dialog.getByRole("tab", { name: "Overview" }).click();
    await expect(dialog).toContainText("Connected to Demo Accounting Firm Ltd");
    await expect(dialog).toContainText("Northwind Bakery Ltd");
    await expect(page).toHaveURL(/\/apps$/);
  });

  await test.step("authorize again picking another organisation: switch only after confirming", async () => {
    await dialog.getByRole("tab", { name: "Connect to Xero" }).click();
    await dialog.getByRole("button", { name: "Authorize Xero again" }).click();
    await answerAtXero(page, { email: XERO_USERS.demo, organisations: ["Harbour View Dental Ltd"] });
    const confirm = page.getByRole("dialog", { name: "Switch the billing organisation?" });
    await expect(confirm).toContainText(
      "Switch the billing organisation from Demo Accounting Firm Ltd to Harbour View Dental Ltd?",
    );
    await confirm.getByRole("button", { name: "Switch billing organisation" }).click();
    await expect(confirm).toBeHidden();
    await expect(dialog).toContainText("Connected to Harbour View Dental Ltd");
  });

  await test.step("on Settings every organisation reached is listed, the others for work statistics; Cancel keeps the billing one", async () => {
    await dialog.getByRole("tab", { name: "Settings" }).click();
    await expect(dialog.getByRole("radio", { name: "Harbour View Dental Ltd" })).toBeChecked();
    await expect(dialog.getByText("Available for work statistics")).toHaveCount(3);
    await dialog.getByRole("radio", { name: "Northwind Bakery Ltd" }).check();
    await dialog.getByRole("button", { name: "Change billing organisation" }).click();
    const confirm = page.getByRole("dialog", { name: "Switch the billing organisation?" });
    await expect(confirm).toContainText("from Harbour View Dental Ltd to Northwind Bakery Ltd");
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByText("Harbour View Dental Ltd stays the billing organisation.")).toBeVisible();
    await expect(dialog.getByRole("radio", { name: "Harbour View Dental Ltd" })).toBeChecked();
  });
});

test("cancelling at Xero, or a used authorization link, says nothing changed and what to do", async ({
  page,
}) => {
  const account = await signUp(page);
  await setPlan(account.companyName, "team");
  expect((await callAsPage(page, "POST", "/api/apps/xero/enable")).status()).toBe(200);
  const dialog = await openXeroDialog(page);
  await dialog.getByRole("tab", { name: "Connect to Xero" }).click();
  await dialog.getByRole("button", { name: "Authorize Xero to start import" }).click();
  await answerAtXero(page, { email: XERO_USERS.demo, action: "Cancel" });

  await expect(page).toHaveURL(/\/apps$/);
  await expect(dialog.getByRole("alert")).toContainText("You cancelled at Xero");
  await expect(dialog.getByRole("alert")).toContainText("Nothing changed");
  await expect(dialog.getByRole("tab", { name: "Connect to Xero" })).toHaveAttribute("aria-selected", "true");
  await expect(dialog.getByRole("button", { name: "Authorize Xero to start import" })).toBeEnabled();
  // The active tab has the focus; arrow keys move between tabs.
  await expect(dialog.getByRole("tab", { name: "Connect to Xero" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(dialog.getByRole("tab", { name: "Import" })).toHaveAttribute("aria-selected", "true");
  await expect(dialog).toContainText("First connect Kontor to Xero");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("region", { name: "Xero" })).toContainText("Not connected");

  // Where the server sends the browser back, e.g. after going back to an old link.
  await page.goto("/settings/apps?xero_error=state_used");
  await expect(page).toHaveURL(/\/apps$/);
  await expect(dialog.getByRole("alert")).toContainText("This authorization link was already used");
});

test("on the Free plan the Xero dialog shows the plan notice instead of its controls", async ({ page }) => {
  await signUp(page);
  const dialog = await openXeroDialog(page);
  await expect(dialog).toContainText("Not in your plan");
  await expect(dialog).toContainText("Xero needs the Team or Elite plan; your company is on Free.");
  await expect(dialog.getByRole("tab")).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Enable Xero" })).toHaveCount(0);
});
