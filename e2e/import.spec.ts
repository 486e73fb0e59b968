import { expect, test } from "@playwright/test";
import { callAsPage, setPlan, signUp } from "./support/kontor.js";
import { answerAtXero, openXeroDialog, XERO_USERS } from "./support/xero.js";

// The demo login (four organisations) connects only the firm's own organisation here. Tests that
// connect it elsewhere never revoke it, so they do not take each other's access away.
// This test holds the sandbox's next /Contacts call: playwright.config.ts runs it after the tests
// that connect Xero (connecting starts an import, which reads contacts).

test("an Owner imports a selection of Xero customers, reads the summary, sees the Integration column and imports classificators", async ({
  page,
}) => {
  // Three imports of 59 contacts, one after the other.
  test.setTimeout(240_000);
  const account = await signUp(page);
  await setPlan(account.companyName, "team");
  for (const app of ["billing", "xero"]) {
    expect((await callAsPage(page, "POST", `/api/apps/${app}/enable`)).status()).toBe(200);
  }
  // Already in Kontor: the import matches it to its Xero contact by name.
  const existing = await callAsPage(page, "POST", "/api/clients", {
    name: "Apex Legal Group",
    email: "old@apexlegal.example",
  });
  expect(existing.status()).toBe(201);
  // Two clients that both fit one Xero contact by name: the preview asks which it is.
  for (const name of ["Apex Printing Group", "Apex Printing Group AS"]) {
    const made = await callAsPage(page, "POST", "/api/clients", { name, allowDuplicateName: true });
    expect(made.status()).toBe(201);
  }

  const dialog = await openXeroDialog(page);
  let sandbox = "";
  await test.step("connect the firm's organisation: the import starts by itself", async () => {
    await dialog.getByRole("tab", { name: "Connect to Xero" }).click();
    await dialog.getByRole("button", { name: "Authorize Xero to start import" }).click();
    await expect(page.getByRole("heading", { name: "Log in to Xero" })).toBeVisible();
    sandbox = new URL(page.url()).origin;
    // Its first /Contacts call is held, so the progress can be seen.
    const held = await page.request.post(`${sandbox}/__sandbox/faults`, {
      data: { match: { method: "GET", path: "/Contacts" }, times: 1, delayMs: 20_000 },
    });
    expect(held.status(), await held.text()).toBeLessThan(300);
    await answerAtXero(page, { email: XERO_USERS.demo, organisations: ["Demo Accounting Firm Ltd"] });
    // Kontor loads again after the trip to Xero: slow on a busy machine.
    await expect(dialog.getByRole("status").filter({ hasText: "Xero is connected" })).toBeVisible({
      timeout: 30_000,
    });
    await expect(dialog.getByRole("tab", { name: "Import" })).toHaveAttribute("aria-selected", "true");
    await expect(dialog.getByText("Fetching contacts from Demo Accounting Firm Ltd")).toBeVisible();
  });

  await test.step("the import shows its progress, also after a reload", async () => {
    await page.goto("/apps?app=xero&tab=import");
    await expect(dialog.getByText("Fetching contacts from Demo Accounting Firm Ltd")).toBeVisible();
    await expect(dialog.getByRole("progressbar")).toBeVisible();
    await page.request.post(`${sandbox}/__sandbox/faults/release`);
  });

  await test.step("the preview marks new and existing contacts, with what would change; suppliers apart", async () => {
    await expect(
      dialog.getByRole("heading", {
        name: "From Demo Accounting Firm Ltd: 56 customers (54 new, 1 existing, 1 ambiguous) · 3 suppliers, not selected",
      }),
    ).toBeVisible({ timeout: 30_000 });
    await expect(dialog.getByText(/^Confirm also brings in the classificators: \d+ VAT rates/)).toBeVisible();
    await expect(dialog.getByText("55 of 59 contacts selected")).toBeVisible();
    const show = dialog.getByRole("radiogroup", { name: "Show" });
    await show.getByText("Changed 1").click();
    const customers = dialog.getByRole("list", { name: "Customers" });
    await expect(customers.getByRole("checkbox")).toHaveCount(1);
    await expect(customers).toContainText("Apex Legal Group Ltd");
    await expect(customers).toContainText("matched by name");
    await expect(customers).toContainText("Matched to a Kontor client by name only");
    await expect(customers).toContainText("E-mail: “old@apexlegal.example” → “accounts@apexlegal.example”");
    await show.getByText("Ambiguous 1").click();
    const printing = customers.getByRole("checkbox", { name: "Apex Printing Group Ltd" });
    await expect(printing).toBeDisabled();
    await expect(customers).toContainText(
      "Fits several Kontor clients: Apex Printing Group, Apex Printing Group AS",
    );
    await show.getByText("All 56").click();
    await expect(customers.getByRole("checkbox")).toHaveCount(56);

    await dialog.getByRole("button", { name: "Suppliers only (3)" }).click();
    const suppliers = dialog.getByRole("list", { name: "Suppliers only" });
    await expect(suppliers.getByRole("checkbox", { name: "Office Supplies Direct Ltd" })).not.toBeChecked();
  });

  await test.step("choose three by hand, one of them ambiguous, and confirm; the summary pop-up counts them", async () => {
    await dialog.getByRole("checkbox", { name: "Select all 55 shown" }).uncheck();
    await expect(dialog.getByText("0 of 59 contacts selected")).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Confirm" })).toBeDisabled();
    const search = dialog.getByRole("searchbox", { name: "Search contacts" });
    await search.fill("apex");
    await dialog.getByRole("checkbox", { name: "Apex Legal Group Ltd" }).check();
    // Choosing which client the ambiguous contact is selects it.
    await dialog
      .getByRole("combobox", { name: "Which client is Apex Printing Group Ltd?" })
      .selectOption({ label: "Update Apex Printing Group AS" });
    await expect(dialog.getByRole("checkbox", { name: "Apex Printing Group Ltd" })).toBeChecked();
    await search.fill("ava edwards");
    // Keyboard: Tab to the contact's box, Space ticks it.
    await dialog.getByRole("checkbox", { name: "Ava Edwards" }).focus();
    await page.keyboard.press("Space");
    await expect(dialog.getByText("3 of 59 contacts selected")).toBeVisible();
    await dialog.getByRole("button", { name: "Confirm" }).click();

    const summary = page.getByRole("dialog", { name: "Import finished" });
    await expect(summary).toBeVisible();
    const counts = summary.getByRole("list", { name: "Import summary" });
    await expect(counts.getByRole("listitem").filter({ hasText: "Created" })).toContainText("1");
    await expect(counts.getByRole("listitem").filter({ hasText: "Updated" })).toContainText("2");
    await expect(counts.getByRole("listitem").filter({ hasText: "Unchanged" })).toContainText("0");
    await expect(counts.getByRole("listitem").filter({ hasText: "Skipped" })).toContainText("56");
    await expect(counts.getByRole("listitem").filter({ hasText: "Failed" })).toContainText("0");
    await summary.getByRole("button", { name: "View clients" }).click();
  });

  await test.step("View clients lists the imported clients, each linked to Xero in the Integration column", async () => {
    await expect(page).toHaveURL(/\/clients\?importId=/);
    await expect(page.getByRole("status").filter({ hasText: "Clients from the import of" })).toBeVisible();
    const table = page.getByRole("table", { name: "Clients" });
    await expect(table.getByRole("columnheader", { name: "Integration" })).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(4);
    const row = table.getByRole("row").filter({ hasText: "Apex Legal Group Ltd" });
    await expect(row).toContainText("accounts@apexlegal.example");
    const badge = row.getByLabel(/^Linked to Xero contact /);
    await badge.hover();
    await expect(page.getByRole("tooltip")).toContainText("Xero contact");
    await expect(page.getByText("1–3 of 3 clients")).toBeVisible();
  });

  await test.step("the last import stays on the Import tab", async () => {
    const again = await openXeroDialog(page);
    await again.getByRole("tab", { name: "Import" }).click();
    await expect(again.getByRole("heading", { name: "Last import" })).toBeVisible();
    await expect(again.getByRole("list", { name: "Import summary" })).toContainText("Created");
    await page.keyboard.press("Escape");
  });

  await test.step("Billing → Products: the first import brought the products; Import classificators re-reads them", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Billing" }).click();
    await page.getByRole("tab", { name: "Products" }).click();
    const products = page.getByRole("table", { name: "Products" });
    await expect(products).toContainText("Monthly bookkeeping");
    await page.getByRole("button", { name: "Import classificators" }).click();
    const result = page
      .getByRole("status")
      .filter({ hasText: "Classificators imported from Demo Accounting Firm Ltd" });
    await expect(result).toBeVisible();
    await expect(result.getByRole("list", { name: "Classificators imported" })).toContainText("Products");
    await page.getByRole("tab", { name: "VAT rates" }).click();
    await expect(page).toHaveURL(/\/billing\/vat-rates$/);
    const vat = page.getByRole("table", { name: "VAT rates" });
    await expect(vat.getByRole("row").filter({ hasText: "20% (VAT on Income)" })).toContainText("Read-only");
    await expect(vat.getByText("Inactive").first()).toBeVisible();
  });

  await test.step("re-import: a changed and a conflicting contact come first; take Xero's value, and the conflict is gone next time", async () => {
    const find = async (search: string) =>
      (await (await page.request.get(`/api/clients?q=${encodeURIComponent(search)}`)).json()).items[0];
    // Edited in Kontor since the import: a conflict with Xero's value.
    const legal = await find("Apex Legal Group Ltd");
    expect(
      (
        await callAsPage(page, "PATCH", `/api/clients/${legal.id}`, { email: "kontor@apexlegal.example" })
      ).status(),
    ).toBe(200);
    // Made by hand under a Xero customer's name: matched by name, and Xero's details would be added.
    const last = await (await page.request.get("/api/integrations/xero/imports/latest")).json();
    const other = last.candidates.find(
      (c: { match: string; supplierOnly: boolean; email: string | null; name: string }) =>
        c.match === "new" && !c.supplierOnly && c.email && c.name !== "Ava Edwards",
    );
    expect((await callAsPage(page, "POST", "/api/clients", { name: other.name })).status()).toBe(201);

    const again = await openXeroDialog(page);
    await again.getByRole("tab", { name: "Import" }).click();
    await again.getByRole("button", { name: "Start import" }).click();
    const show = again.getByRole("radiogroup", { name: "Show" });
    await expect(show.getByText("Conflicts 1")).toBeVisible({ timeout: 30_000 });
    await expect(show.getByText("Changed 1")).toBeVisible();
    const rows = again.getByRole("list", { name: "Customers" }).locator(":scope > li");
    await expect(rows.nth(0)).toContainText("Apex Legal Group Ltd");
    await expect(rows.nth(0)).toContainText("Kontor has “kontor@apexlegal.example”");
    await expect(rows.nth(1)).toContainText(other.name);
    await again
      .getByRole("group", { name: "E-mail of Apex Legal Group Ltd" })
      .getByRole("button", { name: "Take Xero's value" })
      .click();
    await expect(rows.nth(0)).toContainText("Xero's value will be taken.");
    await again.getByRole("button", { name: "Confirm" }).click();
    const summary = page.getByRole("dialog", { name: "Import finished" });
    await expect(summary).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(summary).toBeHidden();
    expect((await find("Apex Legal Group Ltd")).email).toBe("accounts@apexlegal.example");

    await again.getByRole("button", { name: "Start import" }).click();
    await expect(show.getByText("Conflicts 0")).toBeVisible({ timeout: 30_000 });
    await expect(again.getByRole("button", { name: "Take Xero's value" })).toHaveCount(0);
  });
});
