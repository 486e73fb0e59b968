import { expect, test } from "@playwright/test";
import { logIn, newAccount, signUp, signUpInBrowser } from "./support/kontor.js";

test("sign-up says what is wrong, field by field, before and after asking the server", async ({ page }) => {
  await page.goto("/signup");
  await expect(page.getByLabel("Company name")).toBeFocused();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter the company name.")).toBeVisible();
  await expect(page.getByText("Enter a valid e-mail address.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Company name")).toBeFocused();

  // An e-mail someone already signed up with: the server's answer lands on the E-mail field.
  const taken = await signUp(page, newAccount("Kadri", "Mets"));
  await page.context().clearCookies();
  const account = { ...newAccount("Kadri", "Mets"), email: taken.email };
  await page.getByLabel("Company name").fill(account.companyName);
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByLabel("Password", { exact: true }).press("Enter");
  await expect(page.getByText("Already registered.")).toBeVisible();
  await expect(page.getByRole("alert")).toContainText(
    "An account with this e-mail already exists. Log in instead.",
  );
  await expect(page.getByLabel("E-mail")).toBeFocused();
  await expect(page).toHaveURL(/\/signup$/);
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  const account = await signUp(page);
  await page.context().clearCookies();
  await page.goto("/login");
  await logIn(page, account.email, "not the right password");
  await expect(page.getByRole("alert")).toContainText("The e-mail or password is not right.");
  await expect(page).toHaveURL(/\/login$/);
});

test("a signed-out visitor is sent to log in and brought back to the page they asked for", async ({
  page,
}) => {
  const account = await signUp(page);
  await page.context().clearCookies();
  await page.goto("/company");
  await expect(page).toHaveURL(/\/login\?next=%2Fcompany$/);
  await expect(page.getByText("Log in to continue where you were.")).toBeVisible();
  await logIn(page, account.email);
  await expect(page.getByRole("heading", { name: "Company settings" })).toBeVisible();
  await expect(page).toHaveURL(/\/company$/);

  // Signed in, the log-in and sign-up pages lead into the app.
  await page.goto("/signup");
  await expect(page.getByRole("heading", { name: "Welcome, Maria" })).toBeVisible();
});

test("when the session ends, the next action leads to log in and back", async ({ page }) => {
  const account = newAccount("Tiina", "Org");
  await signUpInBrowser(page, account);
  await page.context().clearCookies();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
  await expect(page.getByText("Your session has ended")).toBeVisible();
  await expect(page).toHaveURL(/\/login\?next=%2Fteam$/);
  await logIn(page, account.email);
  await expect(page.getByRole("heading", { name: "Team" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Members" })).toContainText("Tiina Org");
});
