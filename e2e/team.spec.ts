import { expect, test } from "@playwright/test";
import { addMember, newBrowserPage, signUp, uniqueEmail } from "./support/kontor.js";

test("the Owner changes a role, removes a member and hands over ownership, each confirmed", async ({
  page,
  request,
}) => {
  await signUp(page);
  await page.goto("/team");
  const ann = await addMember(page, request, { name: "Ann Lepp", role: "member" });
  const bob = await addMember(page, request, { name: "Bob Berg", role: "member" });
  await page.reload();
  const members = page.getByRole("list", { name: "Members" });
  const annRow = members.getByRole("listitem").filter({ hasText: ann.name });
  const bobRow = members.getByRole("listitem").filter({ hasText: bob.name });

  await annRow.getByLabel(`Role of ${ann.name}`).selectOption({ label: "Company Admin" });
  await expect(page.getByText(`${ann.name} is now a Company Admin.`)).toBeVisible();
  await page.reload();
  await expect(annRow.getByLabel(`Role of ${ann.name}`)).toHaveValue("admin");

  await bobRow.getByRole("button", { name: `Actions for ${bob.name}` }).click();
  await page.getByRole("menuitem", { name: `Remove ${bob.name}…` }).click();
  const remove = page.getByRole("dialog", { name: `Remove ${bob.name}?` });
  await expect(remove).toContainText(bob.email);
  await expect(remove.getByRole("button", { name: "Cancel" })).toBeFocused();
  await remove.getByRole("button", { name: `Remove ${bob.name}` }).click();
  await expect(remove).toBeHidden();
  await expect(members).not.toContainText(bob.name);

  await annRow.getByRole("button", { name: `Actions for ${ann.name}` }).click();
  await page.getByRole("menuitem", { name: `Transfer ownership to ${ann.name}…` }).click();
  const transfer = page.getByRole("dialog", { name: "Transfer ownership?" });
  await expect(transfer).toContainText(`${ann.name} becomes the Company Owner`);
  await expect(transfer).toContainText("you, Maria Tamm, become a Company Admin");
  await transfer.getByRole("button", { name: `Make ${ann.name} the Owner` }).click();
  await expect(transfer).toBeHidden();
  await expect(annRow.getByText("Company Owner", { exact: true })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: /Company Admin/ })).toBeVisible();
  // As an Admin now, Maria can no longer act on the Owner.
  await expect(annRow.getByRole("button", { name: `Actions for ${ann.name}` })).toHaveCount(0);
});

test("a withdrawn invite's link says so; a used link says to log in instead", async ({
  page,
  request,
  browser,
}) => {
  await signUp(page);
  await page.goto("/team");
  const email = uniqueEmail("Kalle");
  await page.getByRole("button", { name: "Invite member" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Invite a member" });
  await dialog.getByLabel("E-mail").fill(email);
  await dialog.getByRole("radio", { name: "Company Admin" }).check();
  await dialog.getByRole("button", { name: "Create invite link" }).click();
  const link = await dialog.getByRole("textbox", { name: "Invite link" }).inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();

  const invites = page.getByRole("list", { name: "Open invites" });
  await expect(invites).toContainText(email);
  await expect(invites).toContainText("Company Admin");
  await invites.getByRole("button", { name: `Withdraw the invite to ${email}` }).click();
  const confirm = page.getByRole("dialog", { name: "Withdraw this invite?" });
  await expect(confirm).toContainText(email);
  await confirm.getByRole("button", { name: "Withdraw invite" }).click();
  await expect(page.getByText("No open invites.")).toBeVisible();

  const visitor = await newBrowserPage(browser);
  await visitor.goto(link);
  await expect(
    visitor.getByRole("heading", { name: "This invite link can no longer be used" }),
  ).toBeVisible();
  await expect(visitor.getByRole("alert")).toContainText("This invite was withdrawn. Ask for a new one.");

  await visitor.goto("/invite/this-link-was-never-handed-out-by-kontor");
  await expect(visitor.getByRole("heading", { name: "This invite link is not valid" })).toBeVisible();

  const used = await addMember(page, request, { name: "Mari Kuusk", role: "member" });
  await visitor.goto(used.link);
  await expect(
    visitor.getByRole("heading", { name: "This invite link can no longer be used" }),
  ).toBeVisible();
  await expect(visitor.getByRole("alert")).toContainText(
    "This invite has already been used. Log in instead.",
  );
  await expect(visitor.getByRole("link", { name: "Log in" })).toBeVisible();
  await visitor.context().close();
});

test("a Company Member sees the team read-only and cannot rename the company", async ({
  page,
  request,
  browser,
}) => {
  const owner = await signUp(page);
  await page.goto("/team");
  const member = await addMember(page, request, { name: "Piret Kivi", role: "member" });

  const memberPage = await newBrowserPage(browser);
  await memberPage.goto("/login");
  await memberPage.getByLabel("E-mail").fill(member.email);
  await memberPage.getByLabel("Password", { exact: true }).fill("correct horse battery staple");
  await memberPage.getByRole("button", { name: "Log in" }).click();
  await expect(memberPage.getByRole("heading", { name: "Welcome, Piret" })).toBeVisible();

  await memberPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
  const members = memberPage.getByRole("list", { name: "Members" });
  await expect(members).toContainText(owner.name);
  await expect(members.getByText("Company Owner", { exact: true })).toBeVisible();
  await expect(memberPage.getByRole("button", { name: "Invite member" })).toHaveCount(0);
  await expect(memberPage.getByRole("combobox")).toHaveCount(0);
  await expect(memberPage.getByRole("button", { name: /^Actions for/ })).toHaveCount(0);

  await memberPage.getByRole("link", { name: "Company settings" }).click();
  await expect(memberPage.getByText(owner.companyName, { exact: true }).last()).toBeVisible();
  await expect(memberPage.getByRole("textbox", { name: "Company name" })).toHaveCount(0);
  await expect(
    memberPage.getByText("Only the Company Owner or a Company Admin can rename the company."),
  ).toBeVisible();
  await memberPage.context().close();
});
