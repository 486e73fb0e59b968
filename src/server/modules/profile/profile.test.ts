import { describe, expect, it } from "vitest";
import type { Profile } from "../../../shared/api/account.js";
import type { Me } from "../../../shared/api/auth.js";
import type { ErrorBody } from "../../../shared/api/common.js";
import type { Outbox } from "../../../shared/api/outbox.js";
import { type Agent, setupTestApp } from "../../test/test-app.js";
import { LOGIN_LIMITS } from "../auth/login-rate-limit.js";

const t = setupTestApp();

const PASSWORD = "correct horse battery";

async function mailsTo(reader: Agent, email: string) {
  return (await reader.get<Outbox>("/api/outbox")).body.messages.filter((m) => m.to === email);
}

const confirmToken = (text: string) => /\/confirm-email\/(\S+)/.exec(text)![1]!;

describe("profile: name and e-mail", () => {
  it("shows and changes the name at once", async () => {
    const owner = await t.signUp({ name: "Maria Tamm", email: "maria@example.com" });
    expect((await owner.get<Profile>("/api/me/profile")).body).toEqual({
      name: "Maria Tamm",
      email: "maria@example.com",
      pendingEmail: null,
    });
    const res = await owner.patch<Profile>("/api/me/profile", { name: "  Maria Kask " });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe("Maria Kask");
    expect((await owner.get<Me>("/api/me")).body.user.name).toBe("Maria Kask");
  });

  it("changes the e-mail only once the link mailed to the new address is opened, and tells the old one", async () => {
    const owner = await t.signUp({ name: "Maria Tamm", email: "maria@example.com", password: PASSWORD });
    const res = await owner.patch<Profile>("/api/me/profile", {
      email: "Maria@New.example",
      password: PASSWORD,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      email: "maria@example.com",
      pendingEmail: { email: "maria@new.example" },
    });
    expect((await owner.get<Me>("/api/me")).body.user.email).toBe("maria@example.com");

    const [confirmation] = await mailsTo(owner, "maria@new.example");
    expect(confirmation!.subject).toBe("Confirm your new e-mail for Kontor");
    // No sign-in is needed to confirm: the link may be opened on another device.
    const confirmed = await t
      .agent()
      .post("/api/auth/email-change/confirm", { token: confirmToken(confirmation!.text) });
    expect(confirmed).toMatchObject({ status: 200, body: { email: "maria@new.example" } });

    expect((await owner.get<Me>("/api/me")).body.user.email).toBe("maria@new.example");
    expect((await owner.get<Profile>("/api/me/profile")).body.pendingEmail).toBeNull();
    const [notice] = await mailsTo(owner, "maria@example.com");
    expect(notice!.subject).toBe("Your Kontor e-mail was changed");
    expect(notice!.text).toContain("You now log in to Kontor with maria@new.example instead of this address");
    const login = await t.agent().post("/api/auth/login", { email: "maria@new.example", password: PASSWORD });
    expect(login.status).toBe(200);

    const again = await t
      .agent()
      .post<ErrorBody>("/api/auth/email-change/confirm", { token: confirmToken(confirmation!.text) });
    expect(again.status).toBe(410);
  });

  it("asks for the current password to change the e-mail, and changes nothing without it", async () => {
    const owner = await t.signUp({ name: "Maria Tamm", email: "maria@example.com" });
    const missing = await owner.patch<ErrorBody>("/api/me/profile", {
      name: "Maria Kask",
      email: "m@new.example",
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toEqual([
      { field: "password", message: "Enter your current password to change your e-mail." },
    ]);
    const wrong = await owner.patch<ErrorBody>("/api/me/profile", {
      email: "m@new.example",
      password: "not my password",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details).toEqual([
      { field: "password", message: "This is not your current password." },
    ]);
    expect((await owner.get<Profile>("/api/me/profile")).body).toMatchObject({
      name: "Maria Tamm",
      pendingEmail: null,
    });
    expect(await mailsTo(owner, "m@new.example")).toHaveLength(0);
  });

  it("refuses an e-mail another account uses", async () => {
    const owner = await t.signUp({ email: "maria@example.com", password: PASSWORD });
    await t.signUp({ email: "taken@example.com" });
    const res = await owner.patch<ErrorBody>("/api/me/profile", {
      email: "Taken@example.com",
      password: PASSWORD,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.details).toEqual([
      { field: "email", message: "Another Kontor account uses this e-mail." },
    ]);
  });

  it("refuses a confirmation link when the address was taken meanwhile, and after 24 hours", async () => {
    const owner = await t.signUp({ email: "maria@example.com", password: PASSWORD });
    await owner.patch("/api/me/profile", { email: "first@new.example", password: PASSWORD });
    await t.signUp({ email: "first@new.example" });
    const [first] = await mailsTo(owner, "first@new.example");
    const taken = await t.agent().post<ErrorBody>("/api/auth/email-change/confirm", {
      token: confirmToken(first!.text),
    });
    expect(taken.status).toBe(409);
    expect((await owner.get<Me>("/api/me")).body.user.email).toBe("maria@example.com");

    await owner.patch("/api/me/profile", { email: "second@new.example", password: PASSWORD });
    const [second] = await mailsTo(owner, "second@new.example");
    t.advance(24 * 3600);
    const late = await t.agent().post<ErrorBody>("/api/auth/email-change/confirm", {
      token: confirmToken(second!.text),
    });
    expect(late.status).toBe(410);
    expect(late.body.error.message).toBe(
      "This link has expired: a link works for 24 hours. Change your e-mail again in your profile.",
    );
  });
});

describe("profile: password", () => {
  it("changes the password given the current one, and ends the person's other sessions", async () => {
    const owner = await t.signUp({ email: "maria@example.com", password: PASSWORD });
    const laptop = t.agent();
    await laptop.post("/api/auth/login", { email: "maria@example.com", password: PASSWORD });
    const colleague = await t.join(owner, "member");

    const res = await owner.post("/api/me/password", { current: PASSWORD, next: "a brand new password" });
    expect(res.status).toBe(204);
    expect((await owner.get("/api/me")).status).toBe(200);
    expect((await laptop.get("/api/me")).status).toBe(401);
    expect((await colleague.get("/api/me")).status).toBe(200);
    const old = await t.agent().post("/api/auth/login", { email: "maria@example.com", password: PASSWORD });
    expect(old.status).toBe(401);
    const next = await t
      .agent()
      .post("/api/auth/login", { email: "maria@example.com", password: "a brand new password" });
    expect(next.status).toBe(200);
  });

  it("refuses a wrong current password, and counts it like a failed log-in", async () => {
    const owner = await t.signUp({ email: "maria@example.com", password: PASSWORD });
    const wrong = await owner.post<ErrorBody>("/api/me/password", {
      current: "a guess",
      next: "a brand new password",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details).toEqual([
      { field: "current", message: "This is not your current password." },
    ]);
    for (let i = 1; i < LOGIN_LIMITS.accountAtAddress; i++) {
      await owner.post("/api/me/password", { current: `guess ${i}`, next: "a brand new password" });
    }
    const limited = await owner.post<ErrorBody>("/api/me/password", {
      current: PASSWORD,
      next: "a brand new password",
    });
    expect(limited.status).toBe(429);
    const login = await t.agent().post("/api/auth/login", { email: "maria@example.com", password: PASSWORD });
    expect(login.status).toBe(429);
  });

  it("refuses a new password shorter than sign-up allows", async () => {
    const owner = await t.signUp({ password: PASSWORD });
    const res = await owner.post<ErrorBody>("/api/me/password", { current: PASSWORD, next: "short" });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ field: "next", message: "Use at least 10 characters." }]);
  });
});
