import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { callAsPage, setPlan, signUp } from "./support/kontor.js";

test("on Free, Billing says it needs a plan; on Team, all 27 invoices that match are issued at once and downloaded", async ({
  page,
}) => {
  const account = await signUp(page);

  await test.step("on the Free plan: a notice instead of an error, and no New invoice", async () => {
    await page.goto("/billing/invoices");
    await expect(page.getByRole("note").filter({ hasText: "Not in your plan" })).toContainText(
      /Team or Elite plan/,
    );
    await expect(page.getByRole("link", { name: "New invoice" })).toHaveCount(0);
    await expect(page.getByRole("alert")).toHaveCount(0);
    await page.getByRole("tab", { name: "Products" }).click();
    await expect(page.getByRole("note").filter({ hasText: "Not in your plan" })).toBeVisible();
    await expect(page.getByRole("button", { name: "New product" })).toHaveCount(0);
  });

  await test.step("27 invoices in progress, 25 a page", async () => {
    await setPlan(account.companyName, "team");
    expect((await callAsPage(page, "POST", "/api/apps/billing/enable")).status()).toBe(200);
    const client = await callAsPage(page, "POST", "/api/clients", { name: "Alder Bakery OÜ" });
    const { id: clientId } = (await client.json()) as { id: string };
    for (let n = 1; n <= 27; n++) {
      const made = await callAsPage(page, "POST", "/api/invoices", {
        clientId,
        date: "2026-11-30",
        lines: [{ description: `Bookkeeping ${n}`, quantity: "1", unitPrice: `${n}.50` }],
      });
      expect(made.status(), await made.text()).toBe(201);
    }
    await page.goto("/billing/invoices?limit=25");
    await expect(page.getByRole("table", { name: "Invoices" }).getByRole("row")).toHaveCount(26);
  });

  await test.step("the page ticked, then every invoice that matches; issued after a confirmation", async () => {
    const table = page.getByRole("table", { name: "Invoices" });
    await table.getByRole("checkbox", { name: "Select the invoices on this page" }).check();
    const selected = page.getByRole("region", { name: "Selected invoices" });
    await expect(selected).toContainText("25 invoices selected.");
    await selected.getByRole("button", { name: "Select all 27 invoices that match" }).click();
    await expect(selected).toContainText("All 27 invoices that match are selected.");
    await selected.getByRole("button", { name: "Issue" }).click();
    const confirm = page.getByRole("dialog", { name: "Issue 27 invoices?" });
    await confirm.getByRole("button", { name: "Issue 27 invoices" }).click();
    // 27 requests, one after another from the browser: a slow machine needs more than the default wait.
    await expect(page.getByText("27 invoices issued.")).toBeVisible({ timeout: 60_000 });
    await page.getByRole("radiogroup", { name: "Status" }).getByText("In progress").click();
    await expect(page.getByText("No invoice matches")).toBeVisible();
  });

  await test.step("all of them downloaded as PDFs in one ZIP file", async () => {
    await page.getByRole("radiogroup", { name: "Status" }).getByText("Created").click();
    const table = page.getByRole("table", { name: "Invoices" });
    await expect(table.getByRole("row")).toHaveCount(26);
    await table.getByRole("checkbox", { name: "Select the invoices on this page" }).check();
    const selected = page.getByRole("region", { name: "Selected invoices" });
    await selected.getByRole("button", { name: "Select all 27 invoices that match" }).click();
    const downloading = page.waitForEvent("download");
    await selected.getByRole("button", { name: "Download PDFs" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("invoices.zip");
    const files = Object.keys(unzipSync(new Uint8Array(await readFile(await download.path()))));
    expect(files).toHaveLength(27);
    expect(files).toContain("INV-27.pdf");
  });
});
