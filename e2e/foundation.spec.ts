import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import {
  logIn,
  newAccount,
  newBrowserPage,
  PASSWORD,
  setPlan,
  signUpInBrowser,
  uniqueEmail,
} from "./support/kontor.js";

function serverLog(): string {
  return fs.readFileSync(path.join(process.env.KONTOR_E2E_DATA_DIR ?? "", "server.log"), "utf8");
}

// The whole story, in the order a new firm lives it.
test("a firm signs up, invites a member, and turns on Billing and Xero once its plan allows", async ({
  page,
  browser,
}) => {
  const owner = newAccount("Maria", "Tamm");
  const header = page.getByRole("banner");

  await test.step("sign up: the Owner lands on the dashboard of the new company, on Free", async () => {
    await signUpInBrowser(page, owner);
    await expect(header).toContainText(owner.companyName);
    await expect(header).toContainText("Free plan");
    await expect(
      header.getByRole("button", { name: /Account menu for Maria Tamm, Company Owner/ }),
    ).toBeVisible();
  });

  await test.step("log out and log in again", async () => {
    await header.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("menuitem", { name: "Log out" }).click();
    await expect(page.getByRole("heading", { name: "Log in to Kontor" })).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    await logIn(page, owner.email);
    await expect(page.getByRole("heading", { name: "Welcome, Maria" })).toBeVisible();
    await expect(header).toContainText(owner.companyName);
  });

  const memberEmail = uniqueEmail("Jaan");
  let link = "";
  await test.step("invite a Company Member: the link is shown and copied, and only there", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
    await page.getByRole("button", { name: "Invite member" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Invite a member" });
    await dialog.getByLabel("E-mail").fill(memberEmail);
    await expect(dialog.getByRole("radio", { name: "Company Member" })).toBeChecked();
    await dialog.getByRole("button", { name: "Create invite link" }).click();
    await expect(dialog).toContainText(`${memberEmail} is invited as a Company Member.`);
    await expect(dialog).toContainText(`send this link to ${memberEmail} yourself, and to no one else`);
    link = await dialog.getByRole("textbox", { name: "Invite link" }).inputValue();
    expect(link).toMatch(/\/invite\/[\w-]{20,}$/);
    await dialog.getByRole("button", { name: "Copy invite link" }).click();
    await expect(dialog.getByRole("button", { name: "Invite link copied" })).toBeVisible();
    expect(await page.evaluate<string>("navigator.clipboard.readText()")).toBe(link);
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(page.getByRole("list", { name: "Open invites" })).toContainText(memberEmail);
  });

  const memberPage = await newBrowserPage(browser);
  await test.step("the invitee opens the link in another browser, sets a password and joins", async () => {
    await memberPage.goto(link);
    await expect(
      memberPage.getByRole("heading", { name: `Join ${owner.companyName} in Kontor` }),
    ).toBeVisible();
    await expect(memberPage.getByText("Company Member", { exact: true })).toBeVisible();
    await expect(memberPage.getByText(memberEmail)).toBeVisible();
    await memberPage.getByLabel("Your name").fill("Jaan Kask");
    await memberPage.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await memberPage.getByRole("button", { name: "Join as Company Member" }).click();
    await expect(memberPage.getByRole("heading", { name: "Welcome, Jaan" })).toBeVisible();
    await expect(memberPage.getByRole("banner")).toContainText(owner.companyName);
    // The server logged the invite, the page and its acceptance, but never the link or its token.
    await expect.poll(() => serverLog()).toContain('"path":"/api/invites/:token/accept"');
    expect(serverLog()).toContain('"msg":"invite link created"');
    expect(serverLog()).not.toContain(link.split("/").pop()!);
  });

  await test.step("the Owner sees the new member and no open invite", async () => {
    await page.reload();
    await expect(page.getByRole("list", { name: "Members" })).toContainText("Jaan Kask");
    await expect(page.getByText("No open invites.")).toBeVisible();
  });

  const billing = page.getByRole("region", { name: "Billing" });
  const xero = page.getByRole("region", { name: "Xero" });
  await test.step("on Free, the Xero and Billing cards say which plan they need, with no Enable button", async () => {
    await page.getByRole("link", { name: "Settings & Apps" }).click();
    await expect(xero).toContainText("Xero needs the Team or Elite plan; your company is on Free.");
    await expect(billing).toContainText("Billing needs the Team or Elite plan; your company is on Free.");
    await expect(xero.getByRole("button", { name: "Enable Xero" })).toHaveCount(0);
    await expect(billing.getByRole("button", { name: "Enable Billing" })).toHaveCount(0);
  });

  await test.step("the operator puts the company on Team while Kontor runs; a reload shows it", async () => {
    await setPlan(owner.companyName, "team");
    await page.reload();
    await expect(header).toContainText("Team plan");
    await expect(xero).not.toContainText("needs the Team or Elite plan");
  });

  await test.step("enable Billing, then Xero (Billing is already on, so nothing is asked)", async () => {
    await billing.getByRole("button", { name: "Enable Billing" }).click();
    await expect(billing.getByText("Enabled", { exact: true })).toBeVisible();
    await xero.getByRole("button", { name: "Open Xero" }).click();
    const dialog = page.getByRole("dialog", { name: "Xero" });
    await dialog.getByRole("button", { name: "Enable Xero" }).click();
    await expect(xero.getByText("Enabled", { exact: true })).toBeVisible();
    await expect(page.getByRole("dialog")).toHaveCount(1);
    await page.reload();
    await expect(billing.getByRole("button", { name: "Disable Billing" })).toBeVisible();
    await xero.getByRole("button", { name: "Open Xero" }).click();
    await expect(dialog.getByRole("button", { name: "Disable Xero" })).toBeVisible();
  });

  await test.step("the Member sees the apps' state, with disabled controls and why", async () => {
    await memberPage.goto("/apps");
    const memberBilling = memberPage.getByRole("region", { name: "Billing" });
    await expect(memberBilling.getByText("Enabled", { exact: true })).toBeVisible();
    await expect(memberBilling.getByRole("button", { name: "Disable Billing" })).toBeDisabled();
    await expect(memberBilling).toContainText("Only the Company Owner or an Admin can change this.");
    await memberPage.getByRole("region", { name: "Xero" }).getByRole("button", { name: "Open Xero" }).click();
    await expect(
      memberPage.getByRole("dialog", { name: "Xero" }).getByRole("button", { name: "Disable Xero" }),
    ).toBeDisabled();
  });

  await memberPage.context().close();
});
