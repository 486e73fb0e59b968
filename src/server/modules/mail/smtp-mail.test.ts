import { Writable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CreatedInvite } from "../../../shared/api/members.js";
import type { Outbox } from "../../../shared/api/outbox.js";
import { createSmtpMailer } from "../../lib/mail/smtp-mailer.js";
import { type SmtpInbox, startSmtpInbox } from "../../test/smtp-inbox.js";
import { setupTestApp } from "../../test/test-app.js";
import { MAIL_ATTEMPTS, MAIL_QUEUE } from "./send-mail.js";

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(() => inbox.close());

const logs: string[] = [];
const t = setupTestApp({
  env: () => ({ SMTP_URL: inbox.url, MAIL_FROM: "Kontor <kontor@example.com>" }),
  logTo: new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  }),
});
beforeEach(() => {
  logs.length = 0;
  inbox.mails.length = 0;
});

const tokenOf = (link: string) => new URL(link).pathname.split("/").pop()!;

describe("mail through an SMTP server (SMTP_URL)", () => {
  it("e-mails an invite with the link the dialog shows, logging in to the server with SMTP_URL's user", async () => {
    const owner = await t.signUp({ companyName: "Tamm & Partners", name: "Maria Tamm" });
    const res = await owner.post<CreatedInvite>("/api/members/invites", {
      email: "kalle@example.com",
      role: "admin",
    });
    expect(res.status).toBe(201);
    expect(res.body.delivery).toBe("smtp");
    // The request only queued it: sending is a background job.
    expect(inbox.mails).toHaveLength(0);
    expect(t.jobs.sent.map((job) => job.queue)).toEqual([MAIL_QUEUE]);

    await t.jobs.runAll();
    const mail = await inbox.mailTo("kalle@example.com");
    expect(mail.from).toBe("kontor@example.com");
    expect(mail.subject).toBe("Maria Tamm invited you to Tamm & Partners in Kontor");
    expect(mail.text).toContain("invited you to join Tamm & Partners in Kontor as a Company Admin");
    expect(mail.text).toContain(res.body.link);
    expect(mail.html).toContain(`href="${res.body.link}"`);
    expect(mail.html).toContain("Tamm &amp; Partners");

    // The queued job carries the mail sealed, and nothing is kept in the Outbox.
    expect(JSON.stringify(t.jobs.sent)).not.toContain(tokenOf(res.body.link));
    const outbox = await owner.get<Outbox>("/api/outbox");
    expect(outbox.body).toEqual({ delivery: "smtp", messages: [] });
  });

  it("answers at once while the server refuses mail, and delivers when a retry gets through", async () => {
    const owner = await t.signUp();
    inbox.refuseNext(2);
    const res = await owner.post<CreatedInvite>("/api/members/invites", {
      email: "piret@example.com",
      role: "member",
    });
    expect(res.status).toBe(201);
    expect(t.jobs.sent[0]!.options).toMatchObject({ retryLimit: MAIL_ATTEMPTS - 1 });

    await t.jobs.runAll();
    expect(t.jobs.dead).toHaveLength(0);
    const mail = await inbox.mailTo("piret@example.com");
    expect(mail.text).toContain(res.body.link);
    const retried = logs.filter((line) => line.includes("mail could not be sent; will try again"));
    expect(retried).toHaveLength(2);
    expect(retried[0]).toContain("451");
    // No log line carries the link (or its token).
    expect(logs.join("\n")).not.toContain(tokenOf(res.body.link));
  });

  it("keeps the invite when no SMTP server answers at all, and logs that the mail was given up", async () => {
    // Nothing listens on port 9.
    t.deps.mailer = createSmtpMailer({ url: "smtp://127.0.0.1:9", from: "kontor@example.com" });
    const owner = await t.signUp();
    const res = await owner.post<CreatedInvite>("/api/members/invites", {
      email: "mart@example.com",
      role: "member",
    });
    expect(res.status).toBe(201);
    await t.jobs.runAll();
    expect(t.jobs.dead).toHaveLength(1);
    expect(logs.filter((l) => l.includes("mail could not be sent; will try again"))).toHaveLength(
      MAIL_ATTEMPTS - 1,
    );
    const gaveUp = logs.find((l) => l.includes("mail could not be sent; gave up"))!;
    expect(JSON.parse(gaveUp)).toMatchObject({ level: "error", mail: "invite", attempt: MAIL_ATTEMPTS });
    const members = await owner.get<{ invites: { email: string }[] }>("/api/members");
    expect(members.body.invites.map((i) => i.email)).toEqual(["mart@example.com"]);
    expect(logs.join("\n")).not.toContain(tokenOf(res.body.link));
  });
});
