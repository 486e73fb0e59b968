import { expect, test } from "@playwright/test";
import { callAsPage, signUp } from "./support/kontor.js";

test("a client is added by keyboard, edited (a duplicate registry code is refused at its field), given people, archived, restored and deleted", async ({
  page,
}) => {
  await signUp(page);
  const other = await callAsPage(page, "POST", "/api/clients", {
    name: "Birch Bakery OÜ",
    registryCode: "12345678",
  });
  expect(other.status()).toBe(201);

  await test.step("the client list is searchable, sortable and paged", async () => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients" }).click();
    await expect(page.getByRole("heading", { name: "Clients", level: 1 })).toBeVisible();
    await expect(page.getByText("1–1 of 1 client")).toBeVisible();
    await page.getByRole("searchbox", { name: "Search clients" }).fill("nothing like it");
    await expect(page.getByText("No clients match")).toBeVisible();
    await expect(page).toHaveURL(/q=nothing/);
    await page.getByRole("button", { name: "Clear search and filters" }).click();
    await expect(page.getByRole("row").filter({ hasText: "Birch Bakery OÜ" })).toContainText("—");
    await page.getByRole("button", { name: "Registry code" }).click();
    await expect(page.getByRole("columnheader", { name: "Registry code" })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    await expect(page).toHaveURL(/sort=registryCode/);
  });

  await test.step("Add client from the keyboard opens the new client's card", async () => {
    await page.getByRole("button", { name: "Add client" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Add a client" });
    await expect(dialog.getByLabel("Name")).toBeFocused();
    await page.keyboard.type("Cedar Consulting OÜ");
    await page.keyboard.press("Tab");
    await page.keyboard.type("CC");
    await dialog.getByLabel("Registry code").fill("87654321");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Cedar Consulting OÜ", level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
    await expect(page.getByText("Not linked to Xero")).toBeVisible();
  });

  await test.step("editing: the server refuses a registry code another client has, at the field", async () => {
    await page.getByRole("button", { name: "Edit details" }).click();
    const form = page.getByRole("form", { name: "Edit details" });
    await form.getByLabel("Registry code").fill("12345678");
    await form.getByLabel("E-mail", { exact: true }).fill("info@cedar.example");
    await form.getByLabel("City").fill("Tartu");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(form.getByLabel("Registry code")).toHaveAccessibleDescription(
      /Another client already has the registry code 12345678\./,
    );
    await expect(form.getByLabel("Registry code")).toBeFocused();
    await form.getByLabel("Registry code").fill("87654322");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Cedar Consulting OÜ is saved.")).toBeVisible();
    await expect(page.getByText("Registry code 87654322")).toBeVisible();
    await expect(page.getByText("info@cedar.example")).toBeVisible();
  });

  await test.step("people: the first is the primary person; another can be made primary", async () => {
    await page.getByRole("button", { name: "Add person" }).click();
    let dialog = page.getByRole("dialog", { name: "Add a person" });
    await dialog.getByLabel("First name").fill("Mari");
    await dialog.getByLabel("Last name").fill("Maasikas");
    await dialog.getByRole("button", { name: "Add person" }).click();
    await expect(dialog).toBeHidden();
    const people = page.getByRole("list", { name: "People" });
    await expect(people.getByRole("listitem").filter({ hasText: "Mari Maasikas" })).toContainText(
      "Primary person",
    );

    await page.getByRole("button", { name: "Add person" }).click();
    dialog = page.getByRole("dialog", { name: "Add a person" });
    await dialog.getByLabel("First name").fill("Jaan");
    await dialog.getByLabel("Role").fill("CFO");
    await dialog.getByRole("button", { name: "Add person" }).click();
    await expect(dialog).toBeHidden();
    await expect(people.getByRole("listitem")).toHaveCount(2);
    await people.getByRole("button", { name: "Actions for Jaan" }).click();
    await page.getByRole("menuitem", { name: "Make Jaan the primary person" }).click();
    await expect(people.getByRole("listitem").first()).toContainText("Jaan");
    await expect(people.getByRole("listitem").first()).toContainText("Primary person");
    await expect(people.getByRole("listitem").filter({ hasText: "Mari Maasikas" })).not.toContainText(
      "Primary",
    );
  });

  await test.step("archive, then restore, each after a question", async () => {
    await page.getByRole("button", { name: "Archive" }).click();
    await page
      .getByRole("dialog", { name: "Archive Cedar Consulting OÜ?" })
      .getByRole("button", { name: "Archive client" })
      .click();
    await expect(page.getByText("Cedar Consulting OÜ is archived:")).toBeVisible();
    await page.getByRole("link", { name: "Clients" }).first().click();
    await expect(page.getByRole("row").filter({ hasText: "Cedar Consulting OÜ" })).toHaveCount(0);
    await page.getByRole("radiogroup", { name: "Show clients" }).getByText("Archived").click();
    await page.getByRole("link", { name: "Cedar Consulting OÜ" }).click();
    await page.getByRole("button", { name: "Restore" }).click();
    await page
      .getByRole("dialog", { name: "Restore Cedar Consulting OÜ?" })
      .getByRole("button", { name: "Restore client" })
      .click();
    await expect(page.getByText("Cedar Consulting OÜ is active again.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Archive" })).toBeVisible();
  });

  await test.step("the Owner deletes it after a question naming it", async () => {
    await page.getByRole("button", { name: "Delete" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete Cedar Consulting OÜ?" });
    await expect(confirm).toContainText("deleted for good");
    await confirm.getByRole("button", { name: "Delete Cedar Consulting OÜ" }).click();
    await expect(page).toHaveURL(/\/clients$/);
    await expect(page.getByText("1–1 of 1 client")).toBeVisible();
  });
});
