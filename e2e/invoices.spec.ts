import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { expect, type Page, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { addMember, callAsPage, logIn, newBrowserPage, setPlan, signUp } from "./support/kontor.js";
import { answerAtXero, openXeroDialog, XERO_USERS } from "./support/xero.js";

const run = promisify(execFile);

/** The PDF's text as a reader's tools see it (poppler's pdftotext), whitespace collapsed. */
async function pdfText(file: string): Promise<string> {
  const { stdout } = await run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"]);
  return stdout.replace(/[\s\u00a0\u202f]+/g, " ");
}

/** A firm on Team with Billing, its Xero organisation connected and its classificators imported. */
async function firmWithClassificators(page: Page): Promise<void> {
  const account = await signUp(page);
  await setPlan(account.companyName, "team");
  for (const app of ["billing", "xero"]) {
    expect((await callAsPage(page, "POST", `/api/apps/${app}/enable`)).status()).toBe(200);
  }
  const dialog = await openXeroDialog(page);
  await dialog.getByRole("tab", { name: "Connect to Xero" }).click();
  await dialog.getByRole("button", { name: "Authorize Xero to start import" }).click();
  await answerAtXero(page, { email: XERO_USERS.demo, organisations: ["Demo Accounting Firm Ltd"] });
  await expect(dialog.getByRole("status").filter({ hasText: "Xero is connected" })).toBeVisible();
  // Connecting starts an import preview by itself: let it be fetched before the classificators.
  await expect(dialog.getByRole("heading", { name: /^From Demo Accounting Firm Ltd: / })).toBeVisible({
    timeout: 60_000,
  });
  await page.keyboard.press("Escape");
  const started = await callAsPage(page, "POST", "/api/billing/classificators/import");
  expect(started.status(), await started.text()).toBe(202);
  const { id } = (await started.json()) as { id: string };
  await expect
    .poll(async () => {
      const run = await page.request.get(`/api/billing/classificators/import/${id}`);
      return ((await run.json()) as { status: string }).status;
    })
    .toBe("done");
}

test("an invoice of three lines shows its totals as typed, is issued, its PDF read, and credited in part", async ({
  page,
}, testInfo) => {
  // Xero's login and consent and a classificator import come first.
  test.slow();
  await firmWithClassificators(page);
  const made = await callAsPage(page, "POST", "/api/clients", { name: "Alder Bakery OÜ", currency: "EUR" });
  const client = (await made.json()) as { id: string };
  const shot = (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

  await test.step("New invoice on the client's page: the client is chosen already", async () => {
    await page.goto(`/clients/${client.id}`);
    await page.getByRole("link", { name: "New invoice" }).click();
    await expect(page.getByRole("heading", { name: "New invoice" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Client" })).toHaveValue("Alder Bakery OÜ");
  });

  await test.step("three lines by keyboard, two from products: each line's amount and VAT, and the totals, as typed", async () => {
    await page.getByRole("combobox", { name: "Line 1 product" }).fill("BOOK-M");
    await page.getByRole("option", { name: /^BOOK-M/ }).click();
    await expect(page.getByLabel("Line 1 unit price")).toHaveValue("250.00");
    await expect(page.getByLabel("Line 1 amount")).toHaveText("250.00");
    await page.getByLabel("Line 1 description").press("Enter");
    await expect(page.getByLabel("Line 2 description")).toBeFocused();

    await page.getByRole("combobox", { name: "Line 2 product" }).fill("PAYROLL");
    await page.getByRole("option", { name: /^PAYROLL/ }).click();
    await page.getByLabel("Line 2 quantity").fill("7");
    await page.getByLabel("Line 2 quantity").press("Enter");
    await expect(page.getByLabel("Line 3 description")).toBeFocused();

    await page.keyboard.type("Ad-hoc advice");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Line 3 quantity")).toBeFocused();
    await page.keyboard.type("1.5");
    await page.keyboard.press("Tab");
    await page.keyboard.type("95.555");
    await page.keyboard.press("Tab");
    await page.keyboard.type("10");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("combobox", { name: "Line 3 VAT rate" })).toBeFocused();
    await page.getByRole("combobox", { name: "Line 3 VAT rate" }).click();
    await page.getByRole("option", { name: "5% (VAT on Income)" }).click();

    // 1.5 × 95.56 (the price to 2 decimals) less 10 % = 129.006 → 129.01; its VAT 6.4505 → 6.45.
    await expect(page.getByLabel("Line 2 amount")).toHaveText("105.00");
    await expect(page.getByLabel("Line 3 amount")).toHaveText("129.01");
    await expect(page.getByLabel("Line 3 VAT", { exact: true })).toHaveText("6.45");
    const totals = page.getByRole("region", { name: "Totals" });
    await expect(totals.getByLabel("Subtotal")).toHaveText("484.01");
    await expect(totals.getByLabel("VAT 20% of 355.00")).toHaveText("71.00");
    await expect(totals.getByLabel("VAT 5% of 129.01")).toHaveText("6.45");
    await expect(totals.getByLabel("Total VAT")).toHaveText("77.45");
    await expect(totals.getByLabel("Total", { exact: true })).toHaveText("561.46 EUR");
    await shot("new-invoice");
  });

  await test.step("saved In progress at its own address, then issued after a confirmation", async () => {
    await page.getByRole("button", { name: "Save invoice" }).click();
    await expect(page).toHaveURL(/\/billing\/invoices\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: "Invoice in progress" })).toBeVisible();
    await page.getByRole("button", { name: "Issue", exact: true }).click();
    const confirm = page.getByRole("dialog", { name: "Issue this invoice?" });
    await expect(confirm).toContainText("Total 561.46 EUR to Alder Bakery OÜ");
    await confirm.getByRole("button", { name: "Issue invoice" }).click();
    await expect(page.getByRole("heading", { name: "Invoice INV-1" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Invoice lines" })).toContainText("Ad-hoc advice");
    await shot("issued-invoice");
  });

  await test.step("its PDF, downloaded, reads as the invoice", async () => {
    await page.getByRole("button", { name: "PDF", exact: true }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("menuitem", { name: "Download PDF" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("INV-1.pdf");
    const text = await pdfText(await file.path());
    for (const expected of [
      "INVOICE",
      "No. INV-1",
      "Alder Bakery OÜ",
      "Ad-hoc advice 1.5 95.56 10 5 129.01",
      "Subtotal 484.01",
      "VAT 77.45",
      "Total 561.46 EUR",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("DRAFT");
  });

  await test.step("a credit note of two of its lines: negative, numbered next, linked both ways", async () => {
    await page.getByRole("button", { name: "Credit note" }).click();
    const dialog = page.getByRole("dialog", { name: "Credit INV-1?" });
    await dialog.getByRole("checkbox", { name: /^Payroll/ }).uncheck();
    await dialog.getByRole("button", { name: "Credit 2 lines" }).click();
    await expect(page.getByRole("heading", { name: "Credit note INV-2" })).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Totals" }).getByLabel("Total", { exact: true }),
    ).toHaveText("-435.46 EUR");
    await shot("credit-note");
    await page.getByRole("link", { name: "INV-1" }).click();
    await expect(page.getByText("Credited by INV-2 (-435.46 EUR).")).toBeVisible();
  });

  await test.step("All invoices lists both, the credit note marked; a search narrows it", async () => {
    await page.getByRole("link", { name: "All invoices" }).click();
    const table = page.getByRole("table", { name: "Invoices" });
    await expect(table.getByRole("row")).toHaveCount(3);
    await expect(table.getByRole("row").filter({ hasText: "INV-2" })).toContainText("Credit note");
    await page.getByRole("searchbox", { name: "Search invoices" }).fill("INV-2");
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(page).toHaveURL(/search=INV-2/);
    await shot("all-invoices");
  });

  await test.step("ticked in the list: one in progress issued after a confirmation, then two PDFs downloaded in one file", async () => {
    const draft = await callAsPage(page, "POST", "/api/invoices", {
      clientId: client.id,
      lines: [{ description: "Year-end accounts", quantity: "1", unitPrice: "1200" }],
    });
    expect(draft.status(), await draft.text()).toBe(201);
    // Made elsewhere (the API): the list shows it when it is opened again.
    await page.goto("/billing/invoices");
    const table = page.getByRole("table", { name: "Invoices" });
    await expect(table.getByRole("row")).toHaveCount(4);
    await table.getByRole("checkbox", { name: "Select the invoice in progress for Alder Bakery OÜ" }).check();
    const selected = page.getByRole("region", { name: "Selected invoices" });
    await selected.getByRole("button", { name: "Issue" }).click();
    const confirm = page.getByRole("dialog", { name: "Issue 1 invoice?" });
    await confirm.getByRole("button", { name: "Issue 1 invoice" }).click();
    await expect(page.getByText("1 invoice issued.")).toBeVisible();
    await expect(table.getByRole("row").filter({ hasText: "INV-3" })).toContainText("1,200.00");

    await table.getByRole("checkbox", { name: /^Select INV-1 / }).check();
    await table.getByRole("checkbox", { name: /^Select INV-3 / }).check();
    const downloading = page.waitForEvent("download");
    await selected.getByRole("button", { name: "Download PDFs" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("invoices.zip");
    const files = unzipSync(new Uint8Array(await readFile(await download.path())));
    expect(Object.keys(files).sort()).toEqual(["INV-1.pdf", "INV-3.pdf"]);
  });
});

test("a Member makes an invoice in progress but neither issues nor deletes it; the empty list says what to do", async ({
  page,
  browser,
  request,
}) => {
  const account = await signUp(page);
  await setPlan(account.companyName, "team");
  expect((await callAsPage(page, "POST", "/api/apps/billing/enable")).status()).toBe(200);
  expect((await callAsPage(page, "POST", "/api/clients", { name: "Birch Studio AS" })).status()).toBe(201);
  const member = await addMember(page, request, { name: "Jaan Kask", role: "member" });
  const memberPage = await newBrowserPage(browser);
  await memberPage.goto("/login");
  await logIn(memberPage, member.email);
  await expect(memberPage.getByRole("heading", { name: "Welcome, Jaan" })).toBeVisible();

  await memberPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Billing" }).click();
  await expect(memberPage.getByText("No invoices yet")).toBeVisible();
  await memberPage.getByRole("main").getByRole("link", { name: "New invoice" }).first().click();
  await memberPage.getByRole("combobox", { name: "Client" }).fill("Birch");
  await memberPage.getByRole("option", { name: "Birch Studio AS" }).click();
  await memberPage.getByLabel("Line 1 description").fill("Bookkeeping");
  await memberPage.getByLabel("Line 1 unit price").fill("120.5");
  await expect(
    memberPage.getByRole("region", { name: "Totals" }).getByLabel("Total", { exact: true }),
  ).toHaveText("120.50 EUR");
  // Five decimals are more than a price takes: said at the field, and not counted.
  await memberPage.getByLabel("Line 1 quantity").fill("1.00001");
  await expect(memberPage.getByText("Use at most 4 decimals.")).toBeVisible();
  await memberPage.getByLabel("Line 1 quantity").fill("2");
  await memberPage.getByRole("button", { name: "Save invoice" }).click();
  await expect(memberPage.getByRole("heading", { name: "Invoice in progress" })).toBeVisible();
  await expect(
    memberPage.getByText("The Company Owner or an Admin issues invoices and deletes them."),
  ).toBeVisible();
  await expect(memberPage.getByRole("button", { name: "Issue", exact: true })).toHaveCount(0);
  await expect(memberPage.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(
    memberPage.getByRole("region", { name: "Totals" }).getByLabel("Total", { exact: true }),
  ).toHaveText("241.00 EUR");
  await memberPage.context().close();
});
