import { expect, type Page, test } from "@playwright/test";
import { addMember, callAsPage, logIn, newBrowserPage, setPlan, signUp } from "./support/kontor.js";

const SHOTS = process.env.KONTOR_E2E_SHOTS;

/** A page as it looks now, kept when KONTOR_E2E_SHOTS names a directory (for looking at it). */
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** A firm on Team with Billing on, two products (one without a price) and three clients. */
async function firmWithClients(page: Page) {
  const account = await signUp(page);
  await setPlan(account.companyName, "team");
  const enabled = await callAsPage(page, "POST", "/api/apps/billing/enable");
  expect(enabled.status(), await enabled.text()).toBe(200);
  for (const product of [
    { code: "BK-S", name: "Bookkeeping S", unitPrice: "149.00" },
    { code: "PAYROLL", name: "Payroll" },
  ]) {
    const made = await callAsPage(page, "POST", "/api/billing/products", product);
    expect(made.status(), await made.text()).toBe(201);
  }
  const ids: Record<string, string> = {};
  for (const name of ["Alder Bakery OÜ", "Birch Studio OÜ", "Cedar Shop OÜ"]) {
    const made = await callAsPage(page, "POST", "/api/clients", { name });
    expect(made.status(), await made.text()).toBe(201);
    ids[name] = ((await made.json()) as { id: string }).id;
  }
  return { account, ids };
}

function monthFromNow(offset: number): string {
  const now = new Date();
  const index = now.getFullYear() * 12 + now.getMonth() + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

async function productId(page: Page, code: string): Promise<string> {
  const products = (await (await page.request.get("/api/billing/products")).json()) as {
    id: string;
    code: string;
  }[];
  return products.find((p) => p.code === code)!.id;
}

async function chooseProduct(page: Page, line: number, code: string) {
  await page.getByRole("combobox", { name: `Line ${line} product` }).fill(code);
  await page.getByRole("option", { name: new RegExp(`^${code} — `) }).click();
}

test("a client's contract: two recurring lines kept after a reload; a template applied to two clients, and editing one detaches it; a period billed for them", async ({
  page,
  browser,
  request,
}) => {
  test.slow();
  const { ids } = await firmWithClients(page);
  const lines = page.getByRole("table", { name: "Contract lines" });

  await test.step("the Contract tab is in the address and starts empty", async () => {
    await page.goto(`/clients/${ids["Alder Bakery OÜ"]}`);
    await page.getByRole("tab", { name: "Contract" }).click();
    await expect(page).toHaveURL(/\?tab=contract$/);
    await expect(page.getByText("No contract yet")).toBeVisible();
    await expect(page.getByText("Add the fixed fees billed to this client every month")).toBeVisible();
    await shot(page, "contract-empty");
    await page.getByRole("button", { name: "Add line" }).click();
  });

  await test.step("two lines, monthly at the product's price and quarterly at its own; errors shown by the field", async () => {
    await page.getByLabel("Billing day").fill("5");
    await chooseProduct(page, 1, "BK-S");
    await expect(page.getByLabel("Line 1 unit price")).toHaveAttribute("placeholder", "149.00");
    await page.getByLabel("Line 1 start month").fill("2026-01");
    await page.getByRole("button", { name: "Add line" }).click();
    await chooseProduct(page, 2, "PAYROLL");
    await page.getByLabel("Line 2 quantity").fill("2");
    await page.getByRole("combobox", { name: "Line 2 frequency" }).click();
    await page.getByRole("option", { name: "Quarterly" }).click();
    await page.getByLabel("Line 2 start month").fill("2026-03");
    await page.getByLabel("Line 2 end month").fill("2026-12");
    await page.getByLabel("Line 2 unit price").fill("40.12345");
    await page.getByRole("button", { name: "Save contract" }).click();
    await expect(page.getByText("Use at most 4 decimals.")).toBeVisible();

    // Payroll has no price of its own: the server says the line needs one, by that field.
    await page.getByLabel("Line 2 unit price").fill("");
    await page.getByRole("button", { name: "Save contract" }).click();
    await expect(page.getByText("The product PAYROLL has no price: enter a unit price.")).toBeVisible();
    await expect(page.getByLabel("Line 2 unit price")).toHaveAttribute("aria-invalid", "true");
    await shot(page, "contract-editing");

    await page.getByLabel("Line 2 unit price").fill("40.125");
    await page.getByRole("button", { name: "Save contract" }).click();
    await expect(page.getByText("Alder Bakery OÜ's contract is saved.")).toBeVisible();
  });

  await test.step("after a reload the contract is as saved", async () => {
    await page.reload();
    await expect(page.getByRole("tab", { name: "Contract", selected: true })).toBeVisible();
    await expect(page.getByText("Billed on day 5 of the month")).toBeVisible();
    await expect(lines.getByRole("row", { name: /BK-S/ })).toContainText("Product's price (149.00)");
    await expect(lines.getByRole("row", { name: /BK-S/ })).toContainText("Monthly");
    await expect(lines.getByRole("row", { name: /BK-S/ })).toContainText("From Jan 2026");
    await expect(lines.getByRole("row", { name: /PAYROLL/ })).toContainText("40.125");
    await expect(lines.getByRole("row", { name: /PAYROLL/ })).toContainText("Quarterly");
    await expect(lines.getByRole("row", { name: /PAYROLL/ })).toContainText("Mar 2026 – Dec 2026");
    await shot(page, "contract");
  });

  await test.step("a template, Bookkeeping S, made on Billing → Contract templates", async () => {
    await page.goto("/billing/invoices");
    await page.getByRole("tab", { name: "Contract templates" }).click();
    await expect(page).toHaveURL(/\/billing\/contract-templates$/);
    await expect(page.getByText("No contract templates yet")).toBeVisible();
    await page.getByRole("button", { name: "New template" }).first().click();
    const dialog = page.getByRole("dialog", { name: "New contract template" });
    await dialog.getByLabel("Name").fill("Bookkeeping S");
    await dialog.getByLabel("Billing day").fill("10");
    await chooseProduct(page, 1, "BK-S");
    await dialog.getByLabel("Line 1 start month").fill("2026-01");
    await shot(page, "template-dialog");
    await dialog.getByRole("button", { name: "Add template" }).click();
    await expect(page.getByText("Bookkeeping S is added.")).toBeVisible();
    const row = page
      .getByRole("table", { name: "Contract templates" })
      .getByRole("row", { name: /Bookkeeping S/ });
    await expect(row).toContainText("BK-S monthly");
    await expect(row).toContainText("0 clients");
  });

  await test.step("applied to two clients after saying their contracts are replaced", async () => {
    await page.getByRole("button", { name: "Apply to clients" }).click();
    const dialog = page.getByRole("dialog", { name: "Apply Bookkeeping S to clients" });
    for (const name of ["Birch Studio OÜ", "Cedar Shop OÜ"]) {
      await dialog.getByLabel("Choose clients").fill(name.split(" ")[0]!);
      await page.getByRole("option", { name }).click();
    }
    await shot(page, "apply-template");
    // Done choosing: a click outside the list closes it, as a person would.
    await dialog.getByRole("heading", { name: "Apply Bookkeeping S to clients" }).click();
    await dialog.getByRole("button", { name: "Apply to 2 clients" }).click();
    await expect(
      dialog.getByText("The current contracts of Birch Studio OÜ and Cedar Shop OÜ are replaced"),
    ).toBeVisible();
    await shot(page, "apply-template-confirm");
    await dialog.getByRole("button", { name: "Replace 2 contracts" }).click();
    await expect(page.getByText("Bookkeeping S is applied to 2 clients.")).toBeVisible();
    const row = page
      .getByRole("table", { name: "Contract templates" })
      .getByRole("row", { name: /Bookkeeping S/ });
    await expect(row).toContainText("2 clients");
    await shot(page, "contract-templates");
  });

  await test.step("a Member reads a client's contract and its template, and changes nothing", async () => {
    const member = await addMember(page, request, { name: "Mari Maasikas", role: "member" });
    const memberPage = await newBrowserPage(browser);
    await memberPage.goto("/login");
    await logIn(memberPage, member.email);
    await expect(memberPage.getByRole("heading", { name: "Welcome, Mari" })).toBeVisible();
    await memberPage.goto(`/clients/${ids["Birch Studio OÜ"]}?tab=contract`);
    await expect(memberPage.getByText(/^Follows Bookkeeping S/)).toBeVisible();
    await expect(memberPage.getByRole("table", { name: "Contract lines" })).toContainText("BK-S");
    await expect(memberPage.getByRole("button", { name: "Edit contract" })).toHaveCount(0);
    await shot(memberPage, "contract-member");
    await memberPage.goto("/billing/contract-templates");
    await expect(memberPage.getByRole("row", { name: /Bookkeeping S/ })).toContainText("2 clients");
    await expect(memberPage.getByRole("button", { name: "Apply to clients" })).toHaveCount(0);
    await memberPage.context().close();
  });

  await test.step("editing a following client's contract detaches it from the template", async () => {
    await page.goto(`/clients/${ids["Birch Studio OÜ"]}?tab=contract`);
    await expect(page.getByText(/^Follows Bookkeeping S/)).toBeVisible();
    await expect(page.getByText("Billed on day 10 of the month")).toBeVisible();
    await page.getByRole("button", { name: "Edit contract" }).click();
    await expect(page.getByText("Saving changes here detaches this contract from it")).toBeVisible();
    await page.getByLabel("Line 1 quantity").fill("2");
    await page.getByRole("button", { name: "Save contract" }).click();
    await expect(page.getByText("Its own contract, not following a template.")).toBeVisible();
    await expect(lines.getByRole("row", { name: /BK-S/ })).toContainText("2");

    await page.goto("/billing/contract-templates");
    const row = page.getByRole("row", { name: /Bookkeeping S/ });
    await expect(row).toContainText("1 client");
  });

  await test.step("from a client's page its own contract is replaced by the template's", async () => {
    await page.goto(`/clients/${ids["Alder Bakery OÜ"]}?tab=contract`);
    await page.getByRole("button", { name: "Apply template" }).click();
    const dialog = page.getByRole("dialog", { name: "Apply a contract template" });
    await dialog.getByLabel("Template", { exact: true }).click();
    await page.getByRole("option", { name: "Bookkeeping S" }).click();
    await expect(
      dialog.getByText("Alder Bakery OÜ's current lines and billing day are replaced"),
    ).toBeVisible();
    await dialog.getByRole("button", { name: "Replace the contract" }).click();
    await expect(page.getByText("Alder Bakery OÜ follows Bookkeeping S now.")).toBeVisible();
    await expect(page.getByText(/^Follows Bookkeeping S/)).toBeVisible();
    await expect(lines.getByRole("row", { name: /PAYROLL/ })).toHaveCount(0);
    await page.goto("/billing/contract-templates");
    await expect(page.getByRole("row", { name: /Bookkeeping S/ })).toContainText("2 clients");
  });

  await test.step("deleting the template, after confirming, leaves the client its contract", async () => {
    await page.getByRole("button", { name: "Delete Bookkeeping S" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete Bookkeeping S?" });
    await expect(confirm.getByText("2 clients follow it")).toBeVisible();
    await confirm.getByRole("button", { name: "Delete Bookkeeping S" }).click();
    await expect(page.getByText("No contract templates yet")).toBeVisible();
    await page.goto(`/clients/${ids["Cedar Shop OÜ"]}?tab=contract`);
    await expect(page.getByText("Its own contract, not following a template.")).toBeVisible();
    await expect(lines.getByRole("row", { name: /BK-S/ })).toBeVisible();
  });

  await test.step("a template applied to all active clients at once", async () => {
    const made = await callAsPage(page, "POST", "/api/billing/contract-templates", {
      name: "Payroll only",
      billingDay: 1,
      lines: [
        {
          productId: await productId(page, "PAYROLL"),
          quantity: "1",
          unitPrice: "30",
          frequency: "monthly",
          startMonth: "2026-01",
        },
      ],
    });
    expect(made.status(), await made.text()).toBe(201);
    await page.goto("/billing/contract-templates");
    await page.getByRole("button", { name: "Apply to clients" }).click();
    const dialog = page.getByRole("dialog", { name: "Apply Payroll only to clients" });
    await dialog.getByRole("radio", { name: "All active clients (3)" }).check();
    await dialog.getByRole("button", { name: "Apply to 3 clients" }).click();
    await expect(dialog.getByText("The current contracts of 3 clients are replaced")).toBeVisible();
    await dialog.getByRole("button", { name: "Replace 3 contracts" }).click();
    await expect(page.getByText("Payroll only is applied to 3 clients.")).toBeVisible();
    await expect(page.getByRole("row", { name: /Payroll only/ })).toContainText("3 clients");
  });

  await test.step("Billing → Create invoices for period bills the three contracts once", async () => {
    // Two months back: the billing schedule (this month, and last month when it began it) never
    // bills it, so only this step does.
    const period = monthFromNow(-2);
    const month = new Date(`${period}-01T00:00:00Z`).toLocaleString("en-GB", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    await page.goto(`/billing/create-invoices?period=${period}`);
    const preview = page.getByRole("table", { name: "Invoices to create" });
    for (const name of ["Alder Bakery OÜ", "Birch Studio OÜ", "Cedar Shop OÜ"]) {
      await expect(preview.getByRole("row", { name: new RegExp(name) })).toContainText("30.00");
    }
    await page.getByRole("button", { name: "Create 3 invoices" }).click();
    await page
      .getByRole("dialog", { name: `Create invoices for ${month}?` })
      .getByRole("button", { name: "Create 3 invoices" })
      .click();
    await expect(page.getByRole("heading", { name: `3 invoices created for ${month}` })).toBeVisible();
    await page.getByRole("link", { name: "Open In progress invoices" }).click();
    await expect(page.getByRole("table", { name: "Invoices" }).getByRole("row")).toHaveCount(4);
    await page.goto(`/billing/create-invoices?period=${period}`);
    await expect(page.getByText("3 clients already billed for this period")).toBeVisible();
  });
});

test("without the Billing app the Contract tab says what is needed", async ({ page }) => {
  await signUp(page);
  const made = await callAsPage(page, "POST", "/api/clients", { name: "Alder Bakery OÜ" });
  const client = (await made.json()) as { id: string };
  await page.goto(`/clients/${client.id}?tab=contract`);
  await expect(page.getByRole("note").filter({ hasText: "Not in your plan" })).toContainText(
    "Contracts bill fixed fees automatically; they are part of Billing. Billing needs the Team or Elite plan",
  );
  await shot(page, "contract-plan-notice");
});
