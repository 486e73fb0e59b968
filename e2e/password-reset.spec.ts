import { expect, test } from "@playwright/test";
import { logIn, newBrowserPage, signUp } from "./support/kontor.js";

const NEW_PASSWORD = "a brand new password for Maria";

test("forgot password: the mail waits in the Outbox, its link sets a new password and signs in", async ({
  page,
  browser,
}) => {
  // Maria is still logged in on her laptop (`page`) and forgot her password on another device.
  const account = await signUp(page);
  const phone = await newBrowserPage(browser);
  await phone.goto("/login");
  await phone.getByLabel("E-mail").fill(account.email);
  await phone.getByRole("link", { name: "Forgot password?" }).click();
  await expect(phone.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await expect(phone.getByLabel("E-mail")).toHaveValue(account.email);
  await phone.getByRole("button", { name: "Send reset link" }).click();
  await expect(phone.getByRole("status")).toContainText(
    `If an account exists for ${account.email}, we sent it a link to choose a new password.`,
  );

  // Kontor runs without a mail server here: the mail is in the Outbox.
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByRole("note")).toContainText("SMTP_URL is not set");
  await page.getByRole("button", { name: `Reset your Kontor password, to ${account.email}` }).click();
  const link = await page.getByRole("textbox", { name: "Link in this mail" }).inputValue();
  expect(link).toMatch(/\/reset-password\//);

  await phone.goto(link);
  await expect(phone.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expect(phone.getByText(`For ${account.email}.`)).toBeVisible();
  await phone.getByLabel("New password").fill("too short");
  await phone.getByRole("button", { name: "Set new password" }).click();
  await expect(phone.getByText("Use at least 10 characters.")).toBeVisible();
  await phone.getByLabel("New password").fill(NEW_PASSWORD);
  await phone.getByRole("button", { name: "Set new password" }).click();
  await expect(phone.getByRole("heading", { name: "Welcome, Maria" })).toBeVisible();
  await expect(phone.getByText("Your password is changed")).toBeVisible();

  // Every other session ended: the laptop logs in again, with the new password.
  await page.reload();
  await expect(page).toHaveURL(/\/login\?next=%2Foutbox$/);
  await logIn(page, account.email, account.password);
  await expect(page.getByRole("alert")).toContainText("The e-mail or password is not right.");
  await logIn(page, account.email, NEW_PASSWORD);
  await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();

  // The link worked once.
  await phone.goto(link);
  await expect(phone.getByRole("heading", { name: "This link can no longer be used" })).toBeVisible();
  await expect(phone.getByRole("alert")).toContainText("This link has already been used.");
  await phone.context().close();
});

test("the profile renames the person and logs out another device", async ({ page, browser }) => {
  const account = await signUp(page);
  const laptop = await newBrowserPage(browser);
  await laptop.goto("/login");
  await logIn(laptop, account.email);
  await expect(laptop.getByRole("heading", { name: "Welcome, Maria" })).toBeVisible();

  await page.goto("/");
  await page.getByRole("button", { name: /^Account menu for Maria Tamm/ }).click();
  await page.getByRole("menuitem", { name: "Profile" }).click();
  await expect(page.getByRole("heading", { name: "Profile", level: 1 })).toBeVisible();
  await page.getByLabel("Your name").fill("Maria Kask");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Maria Kask");

  const sessions = page.getByRole("list", { name: "Sessions" });
  await expect(sessions.getByRole("listitem")).toHaveCount(2);
  await expect(sessions.getByRole("listitem").first()).toContainText("This device");
  await sessions.getByRole("button", { name: /^Log out Chrome on Linux/ }).click();
  await expect(sessions.getByRole("listitem")).toHaveCount(1);
  await expect(page.getByText("You are logged in on this device only.")).toBeVisible();

  await laptop.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
  await expect(laptop.getByText("Your session has ended")).toBeVisible();
  await laptop.context().close();
});
