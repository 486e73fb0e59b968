import { expect, test } from "@playwright/test";
import { addMember, callAsPage, setPlan, signUp } from "./support/kontor.js";

test("the operator's plan change shows without a reload: the badge, and what the plan includes", async ({
  page,
}) => {
  const account = await signUp(page);
  await page.clock.install();
  await page.goto("/apps");
  const header = page.getByRole("banner");
  const billing = page.getByRole("region", { name: "Billing" });
  await expect(header).toContainText("Free plan");
  await expect(billing).toContainText("Billing needs the Team or Elite plan; your company is on Free.");
  // "Contact Kontor" writes to SUPPORT_EMAIL (set for the browser tests' server).
  const contact = billing.getByRole("link", { name: "contact Kontor" });
  await expect(contact).toHaveAttribute("href", /^mailto:support@kontor\.test\?subject=/);

  await test.step("while the page stays open, it follows the change within a minute", async () => {
    await setPlan(account.companyName, "team");
    await page.clock.fastForward("01:01");
    await expect(header).toContainText("Team plan");
    await expect(billing.getByRole("button", { name: "Enable Billing" })).toBeVisible();
    await expect(billing).not.toContainText("needs the Team or Elite plan");
  });

  await test.step("coming back to the tab, it follows the change at once", async () => {
    await setPlan(account.companyName, "free");
    // As the browser does when the user comes back to the tab.
    await page.evaluate("window.dispatchEvent(new Event('visibilitychange'))");
    await expect(header).toContainText("Free plan");
    await expect(billing).toContainText("Billing needs the Team or Elite plan; your company is on Free.");
    await expect(billing.getByRole("button", { name: "Enable Billing" })).toHaveCount(0);
  });
});

test("without a support address, the plan notice says to ask Kontor's operator, with no dead link", async ({
  page,
}) => {
  await signUp(page);
  await page.route("**/api/support", (route) => route.fulfill({ json: { email: null } }));
  await page.goto("/apps");
  const billing = page.getByRole("region", { name: "Billing" });
  await expect(billing).toContainText(
    "Plans are changed by Kontor's operator, not in the app: ask them to move your company to another plan.",
  );
  await expect(billing.getByRole("link")).toHaveCount(0);
});

test("once set-up is done, the dashboard shows the firm's numbers instead of the next steps", async ({
  page,
  request,
}) => {
  const account = await signUp(page);
  await setPlan(account.companyName, "team");
  for (const name of ["Kestrel Cafe", "Redwood Wines Ltd", "Old Mill Bakery"]) {
    expect((await callAsPage(page, "POST", "/api/clients", { name })).status()).toBe(201);
  }
  const clients = await (await page.request.get("/api/clients?q=old mill")).json();
  const archived = await callAsPage(page, "PATCH", `/api/clients/${clients.items[0].id}`, { archived: true });
  expect(archived.status()).toBe(200);

  await page.goto("/");
  const steps = page.getByRole("heading", { name: "Next steps" });
  await expect(steps).toBeVisible();
  await expect(page.getByRole("region", { name: "Your firm" })).toHaveCount(0);

  await addMember(page, request, { name: "Jaan Kask", role: "member" });
  for (const app of ["billing", "xero"]) {
    expect((await callAsPage(page, "POST", `/api/apps/${app}/enable`)).status()).toBe(200);
  }
  await page.reload();
  const firm = page.getByRole("region", { name: "Your firm" });
  await expect(firm.getByRole("group", { name: "Clients" })).toContainText("2active clients");
  await expect(firm.getByRole("group", { name: "Linked to Xero" })).toContainText("0of 2 linked");
  await expect(firm.getByRole("group", { name: "Last import" })).toContainText("None yet");
  await expect(steps).toHaveCount(0);

  await firm.getByRole("link", { name: "Show them" }).click();
  await expect(page).toHaveURL(/\/clients\?xero=linked$/);
  await page.goBack();
  await firm.getByRole("link", { name: "Import from Xero" }).click();
  await expect(page.getByRole("dialog", { name: "Xero" })).toBeVisible();
});
