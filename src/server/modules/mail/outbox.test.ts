import { Writable } from "node:stream";
import { beforeEach, describe, expect, it } from "vitest";
import type { ErrorBody } from "../../../shared/api/common.js";
import type { CreatedInvite } from "../../../shared/api/members.js";
import type { Outbox } from "../../../shared/api/outbox.js";
import { jobDefinitions } from "../../jobs.js";
import { setupTestApp } from "../../test/test-app.js";

const logs: string[] = [];
const t = setupTestApp({
  logTo: new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  }),
});
beforeEach(() => {
  logs.length = 0;
});

const tokenOf = (link: string) => new URL(link).pathname.split("/").pop()!;

describe("the Outbox (no SMTP_URL: the default and demo mode)", () => {
  it("keeps an invite mail for the Owner and Admins to read, with the link the dialog shows", async () => {
    const owner = await t.signUp({ companyName: "Tamm & Partners", name: "Maria Tamm" });
    const admin = await t.join(owner, "admin");
    const member = await t.join(owner, "member");
    const res = await owner.post<CreatedInvite>("/api/members/invites", {
      email: "kalle@example.com",
      role: "member",
    });
    expect(res.body.delivery).toBe("outbox");
    // Kept at once: no background job is needed.
    expect(t.jobs.sent).toHaveLength(0);

    for (const reader of [owner, admin]) {
      const outbox = await reader.get<Outbox>("/api/outbox");
      expect(outbox.status).toBe(200);
      expect(outbox.body.delivery).toBe("outbox");
      const mail = outbox.body.messages.find((m) => m.to === "kalle@example.com")!;
      expect(mail.subject).toBe("Maria Tamm invited you to Tamm & Partners in Kontor");
      expect(mail.text).toContain(res.body.link);
    }
    const refused = await member.get<ErrorBody>("/api/outbox");
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("Only the Company Owner or a Company Admin can do this.");
  });

  it("shows a company only its own mail, newest first", async () => {
    const tamm = await t.signUp();
    const other = await t.signUp();
    await tamm.post("/api/members/invites", { email: "a@example.com", role: "member" });
    t.advance(60);
    await tamm.post("/api/members/invites", { email: "b@example.com", role: "member" });
    await other.post("/api/members/invites", { email: "c@example.com", role: "member" });
    const mine = await tamm.get<Outbox>("/api/outbox");
    expect(mine.body.messages.map((m) => m.to)).toEqual(["b@example.com", "a@example.com"]);
    const theirs = await other.get<Outbox>("/api/outbox");
    expect(theirs.body.messages.map((m) => m.to)).toEqual(["c@example.com"]);
  });

  it("shows the Owner's password reset mail to the Owner alone, and an Admin's to the Owner", async () => {
    const owner = await t.signUp({ email: "owner@example.com" });
    const admin = await t.join(owner, "admin", "admin@example.com");
    await t.agent().post("/api/auth/password-reset", { email: "owner@example.com" });
    await t.agent().post("/api/auth/password-reset", { email: "admin@example.com" });
    const resetMails = async (reader: typeof owner) =>
      (await reader.get<Outbox>("/api/outbox")).body.messages
        .filter((m) => m.subject === "Reset your Kontor password")
        .map((m) => m.to);
    const seenByOwner = await resetMails(owner);
    const seenByAdmin = await resetMails(admin);
    expect(seenByOwner.sort()).toEqual(["admin@example.com", "owner@example.com"]);
    expect(seenByAdmin).toEqual(["admin@example.com"]);
  });

  it("keeps mail bodies sealed in the database and never logs them", async () => {
    const owner = await t.signUp();
    const res = await owner.post<CreatedInvite>("/api/members/invites", {
      email: "kalle@example.com",
      role: "member",
    });
    const token = tokenOf(res.body.link);
    const { rows } = await t.database.executeSql("select * from outbox_messages");
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(logs.join("\n")).not.toContain(token);
    expect(logs.some((l) => l.includes('"mail":"invite"') && l.includes("mail queued"))).toBe(true);
  });

  it("drops kept mail after 30 days", async () => {
    const owner = await t.signUp();
    await owner.post("/api/members/invites", { email: "old@example.com", role: "member" });
    t.advance(29 * 86_400);
    await owner.post("/api/members/invites", { email: "new@example.com", role: "member" });
    t.advance(2 * 86_400);
    const housekeeping = jobDefinitions(t.deps).find((job) => job.queue === "auth.delete-expired")!;
    await housekeeping.handler({}, { id: "test", retryCount: 0 });
    // (The Owner's session has ended by now: SESSION_DAYS is 30.)
    const { rows } = await t.database.executeSql("select to_address from outbox_messages");
    expect(rows).toEqual([{ to_address: "new@example.com" }]);
  });
});
