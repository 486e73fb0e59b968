import { expect, test } from "@playwright/test";
import { type SmtpInbox, startSmtpInbox } from "../src/server/test/smtp-inbox.js";
import { newAccount, PASSWORD, uniqueEmail } from "./support/kontor.js";
import { type KontorServer, startKontor } from "./support/kontor-server.js";

// This file's own Kontor, sending mail through this file's SMTP server; the other tests' Kontor
// keeps its mail in the Outbox.
let inbox: SmtpInbox;
let kontor: KontorServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  inbox = await startSmtpInbox();
  kontor = await startKontor({ env: { SMTP_URL: inbox.url, MAIL_FROM: "Kontor <kontor@example.com>" } });
});

test.afterAll(async () => {
  await kontor?.stop();
  await inbox?.close();
});

test("an invite arrives by e-mail through the firm's SMTP server, and its link lets the invitee join", async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: kontor.url, locale: "en-GB" });
  const page = await context.newPage();
  const account = newAccount();
  const signedUp = await page.request.post("/api/auth/signup", { data: account });
  expect(signedUp.status(), await signedUp.text()).toBe(201);

  await page.goto("/team");
  // Mail is sent, so there is no Outbox to read.
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }),
  ).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }),
  ).toHaveCount(0);

  const email = uniqueEmail("Kalle");
  await page.getByRole("button", { name: "Invite member" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Invite a member" });
  await dialog.getByLabel("E-mail").fill(email);
  await dialog.getByRole("button", { name: "Create invite link" }).click();
  await expect(dialog.getByRole("alert")).toContainText("We are e-mailing them the link.");
  const shownLink = await dialog.getByRole("textbox", { name: "Invite link" }).inputValue();

  const mail = await inbox.mailTo(email);
  expect(mail.from).toBe("kontor@example.com");
  expect(mail.subject).toBe(`Maria Tamm invited you to ${account.companyName} in Kontor`);
  const mailedLink = /https?:\/\/\S+\/invite\/\S+/.exec(mail.text)?.[0];
  expect(mailedLink).toBe(shownLink);

  await page.goto("/outbox");
  await expect(page.getByText("Mail is sent, not kept")).toBeVisible();

  const invitee = await (await browser.newContext({ baseURL: kontor.url, locale: "en-GB" })).newPage();
  await invitee.goto(mailedLink!);
  await expect(invitee.getByRole("heading", { name: `Join ${account.companyName} in Kontor` })).toBeVisible();
  await invitee.getByLabel("Your name").fill("Kalle Kask");
  await invitee.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await invitee.getByRole("button", { name: "Join as Company Member" }).click();
  await expect(invitee.getByRole("heading", { name: "Welcome, Kalle" })).toBeVisible();
  await invitee.context().close();
  await context.close();
});
