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

test("the client list: tick clients or all that match, assign a responsible person, archive, export CSV, compact rows, search people; a duplicate name asks; checked phone numbers", async ({
  page,
}) => {
  const account = await signUp(page);
  for (let i = 1; i <= 27; i++) {
    const res = await callAsPage(page, "POST", "/api/clients", {
      name: `Alder ${String(i).padStart(2, "0")}`,
    });
    expect(res.status()).toBe(201);
  }
  const redwood = await callAsPage(page, "POST", "/api/clients", { name: "Redwood Wines Ltd" });
  const redwoodId = ((await redwood.json()) as { id: string }).id;
  await callAsPage(page, "POST", `/api/clients/${redwoodId}/contacts`, {
    firstName: "Mari",
    lastName: "Maasikas",
    email: "mari@redwood.example",
  });

  await test.step("compact rows, remembered after a reload", async () => {
    await page.goto("/clients?pageSize=25");
    await expect(page.getByText("1–25 of 28 clients")).toBeVisible();
    const density = page.getByRole("radiogroup", { name: "Row density" });
    await density.getByText("Compact").click();
    await page.reload();
    await expect(density.getByRole("radio", { name: "Compact" })).toBeChecked();
  });

  await test.step("tick the page, then every client that matches, and make me responsible", async () => {
    await page.getByRole("searchbox", { name: "Search clients" }).fill("alder");
    await expect(page.getByText("1–25 of 27 clients")).toBeVisible();
    await page.getByRole("checkbox", { name: "Select the clients on this page" }).check();
    const bar = page.getByRole("region", { name: "Selected clients" });
    await expect(bar).toContainText("25 clients selected.");
    await bar.getByRole("button", { name: "Select all 27 clients that match" }).click();
    await expect(bar).toContainText("All 27 clients that match are selected.");
    await bar.getByRole("button", { name: "Assign responsible person" }).click();
    await page.getByRole("menuitem", { name: account.name }).click();
    await expect(page.getByText(`${account.name} is responsible for 27 clients.`)).toBeVisible();
    await expect(bar).toBeHidden();
    await expect(page.getByRole("row").filter({ hasText: "Alder 01" })).toContainText(account.name);
  });

  await test.step("filter by the responsible person; find a client by its person", async () => {
    await page.getByRole("button", { name: "Clear the search" }).click();
    await page.getByRole("combobox", { name: "Responsible person" }).click();
    await page.getByRole("option", { name: "Nobody responsible" }).click();
    await expect(page).toHaveURL(/responsible=none/);
    await expect(page.getByText("1–1 of 1 client")).toBeVisible();
    await page.getByRole("combobox", { name: "Responsible person" }).click();
    await page.getByRole("option", { name: "Anyone responsible" }).click();
    await expect(page).not.toHaveURL(/responsible=/);
    await expect(page.getByText("1–25 of 28 clients")).toBeVisible();
    await page.getByRole("searchbox", { name: "Search clients" }).fill("maasikas");
    await expect(page).toHaveURL(/q=maasikas/);
    await expect(page.getByText("1–1 of 1 client")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Redwood Wines Ltd" })).toContainText(
      "Mari Maasikas",
    );
  });

  await test.step("Export CSV downloads what the filter shows", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^clients-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = (await (await import("node:fs/promises")).readFile((await file.path())!)).toString("utf8");
    expect(text.startsWith("\uFEFFName,")).toBe(true);
    expect(text).toContain("Redwood Wines Ltd");
    expect(text).not.toContain("Alder");
  });

  await test.step("archive two ticked clients after a question", async () => {
    await page.getByRole("button", { name: "Clear the search" }).click();
    await page.getByRole("checkbox", { name: "Select Alder 01" }).check();
    await page.getByRole("checkbox", { name: "Select Alder 02" }).check();
    await page
      .getByRole("region", { name: "Selected clients" })
      .getByRole("button", { name: "Archive" })
      .click();
    await page
      .getByRole("dialog", { name: "Archive 2 clients?" })
      .getByRole("button", { name: "Archive 2 clients" })
      .click();
    await expect(page.getByText("2 clients archived.")).toBeVisible();
    await expect(page.getByText("1–25 of 26 clients")).toBeVisible();
    await expect(page.getByRole("link", { name: "Alder 01" })).toHaveCount(0);
  });

  await test.step("a second client of the same name asks first", async () => {
    await page.getByRole("button", { name: "Add client" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Add a client" });
    await dialog.getByLabel("Name").fill("REDWOOD WINES");
    await dialog.getByRole("button", { name: "Add client" }).click();
    await expect(dialog).toContainText("Redwood Wines Ltd already exists — open it, or create another?");
    await dialog.getByRole("button", { name: "Open Redwood Wines Ltd" }).click();
    await expect(page.getByRole("heading", { name: "Redwood Wines Ltd", level: 1 })).toBeVisible();
  });

  await test.step("a phone number is checked against the country and written internationally, as a link", async () => {
    await page.getByRole("button", { name: "Edit details" }).click();
    const form = page.getByRole("form", { name: "Edit details" });
    await form.getByLabel("Phone", { exact: true }).fill("5551 2345");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(form.getByLabel("Phone", { exact: true })).toHaveAccessibleDescription(
      /Add the country code/,
    );
    await form.getByLabel("Country").fill("Estonia");
    await form.getByRole("combobox", { name: "Currency" }).click();
    await page.getByRole("option", { name: "GBP — British Pound" }).click();
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Redwood Wines Ltd is saved.")).toBeVisible();
    await expect(page.getByRole("link", { name: "+372 5551 2345" })).toHaveAttribute(
      "href",
      "tel:+37255512345",
    );
    await expect(page.getByRole("link", { name: "mari@redwood.example" })).toHaveAttribute(
      "href",
      "mailto:mari@redwood.example",
    );
  });

  await test.step("a client that does not exist", async () => {
    await page.goto("/clients/00000000-0000-4000-8000-000000000000");
    await expect(page.getByText("No such client", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);
    await page.getByRole("link", { name: "Go to your clients" }).click();
    await expect(page).toHaveURL(/\/clients$/);
  });
});
