import { expect, type Page, test } from "@playwright/test";
import { baseURL, callAsPage, setPlan, signUp } from "./support/kontor.js";

/** "2026-11" for the month `offset` months from this one (by the test's clock; see below). */
function monthFromNow(offset: number): string {
  const now = new Date();
  const index = now.getFullYear() * 12 + now.getMonth() + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

const monthLabel = (period: string) =>
  new Date(`${period}-01T00:00:00Z`).toLocaleString("en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

async function api(page: Page, method: "POST" | "PUT", url: string, data: unknown) {
  const res = await page.request.fetch(url, { method, data, headers: { Origin: baseURL } });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return (await res.json()) as { id: string };
}

test("Create invoices for period: preview a client's contract fee, create the invoice, and nothing twice", async ({
  page,
}, testInfo) => {
  const shot = (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const account = await signUp(page);
  await setPlan(account.companyName, "team");
  expect((await callAsPage(page, "POST", "/api/apps/billing/enable")).status()).toBe(200);

  // The contract's fee runs two months and ended two months ago: the billing schedule (this
  // month, and last month when it began it) never bills it, so only this test's run does.
  const period = monthFromNow(-2);
  const product = await api(page, "POST", "/api/billing/products", {
    code: "BK-M",
    name: "Bookkeeping M",
    unitPrice: "249.50",
  });
  const client = await api(page, "POST", "/api/clients", { name: "Alder Bakery OÜ", currency: "EUR" });
  await api(page, "PUT", `/api/clients/${client.id}/contract`, {
    billingDay: 28,
    lines: [
      {
        productId: product.id,
        quantity: "1",
        frequency: "monthly",
        startMonth: monthFromNow(-3),
        endMonth: period,
      },
    ],
  });

  await test.step("from All invoices, open Create invoices for period and choose the month", async () => {
    await page.goto("/billing/invoices");
    await page.getByRole("link", { name: "Create invoices for period" }).click();
    await expect(page.getByRole("heading", { name: "Create invoices for period" })).toBeVisible();
    // This month (in the company's time zone) is chosen first; the fee ended before it.
    await expect(page.getByText(/^No contract lines are due in /)).toBeVisible();
    await expect(page.getByText("Open a client's page → Contract tab")).toBeVisible();
    await shot("0-nothing-due");
    await page.getByRole("combobox", { name: "Period" }).click();
    await page.getByRole("option", { name: monthLabel(period) }).click();
    await expect(page).toHaveURL(new RegExp(`period=${period}`));
  });

  await test.step("the preview shows the client, its line and the total", async () => {
    const table = page.getByRole("table", { name: "Invoices to create" });
    const row = table.getByRole("row", { name: /Alder Bakery OÜ/ });
    await expect(row).toContainText(`Bookkeeping M, ${monthLabel(period)}`);
    await expect(row).toContainText("1 × 249.50");
    await expect(row).toContainText("249.50 EUR");
    await expect(page.getByText(`1 invoice to create for ${monthLabel(period)}: 249.50 EUR`)).toBeVisible();
    await shot("1-preview");
  });

  await test.step("create it after confirming, and see the summary", async () => {
    await page.getByRole("button", { name: "Create 1 invoice" }).click();
    const dialog = page.getByRole("dialog", { name: `Create invoices for ${monthLabel(period)}?` });
    await shot("2-confirm");
    await dialog.getByRole("button", { name: "Create 1 invoice" }).click();
    await expect(page).toHaveURL(/run=[0-9a-f-]{36}/);
    await expect(
      page.getByRole("heading", { name: `1 invoice created for ${monthLabel(period)}` }),
    ).toBeVisible();
    // The run's id in the address: a reload shows the same summary.
    await page.reload();
    await expect(
      page.getByRole("heading", { name: `1 invoice created for ${monthLabel(period)}` }),
    ).toBeVisible();
    await shot("3-summary");
  });

  await test.step("All invoices, In progress, has the client's invoice", async () => {
    await page.getByRole("link", { name: "Open In progress invoices" }).click();
    await expect(page).toHaveURL(/\/billing\/invoices\?status=in_progress/);
    const row = page.getByRole("row", { name: /Alder Bakery OÜ/ });
    await expect(row).toContainText("In progress");
    await expect(row).toContainText("249.50");
    await shot("4-invoices");
  });

  await test.step("the same month again: nothing new would be created", async () => {
    await page.getByRole("link", { name: "Create invoices for period" }).click();
    await page.getByRole("combobox", { name: "Period" }).click();
    await page.getByRole("option", { name: monthLabel(period) }).click();
    await expect(page.getByText(`Nothing new to bill for ${monthLabel(period)}`)).toBeVisible();
    await expect(page.getByText("1 client already billed for this period")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Create \d/ })).toHaveCount(0);
    await shot("5-already-billed");
  });
});
