import { describe, expect, it } from "vitest";
import type { Me } from "../../../shared/api/auth.js";
import type { ErrorBody } from "../../../shared/api/common.js";
import type { Outbox } from "../../../shared/api/outbox.js";
import { type Agent, PUBLIC_URL, setupTestApp } from "../../test/test-app.js";
import { RESET_LIMITS } from "./reset-rate-limit.js";

const t = setupTestApp();

const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "a brand new password";

/** The reset links mailed to `email`, newest first, as the Outbox shows them to `reader`. */
async function resetLinks(reader: Agent, email: string): Promise<string[]> {
  const outbox = await reader.get<Outbox>("/api/outbox");
  return outbox.body.messages
    .filter((m) => m.to === email && m.subject === "Reset your Kontor password")
    .map((m) => /http\S+\/reset-password\/\S+/.exec(m.text)![0]);
}

const tokenOf = (link: string) => link.split("/").pop()!;

async function logIn(email: string, password: string) {
  const agent = t.agent();
  const res = await agent.post("/api/auth/login", { email, password });
  return Object.assign(agent, { status: res.status });
}

describe("forgot password", () => {
  it("mails a link for one hour, answering the same whether or not the address has an account", async () => {
    const owner = await t.signUp({ email: "maria@example.com", name: "Maria Tamm" });
    const known = await t.agent().post("/api/auth/password-reset", { email: " Maria@Example.com " });
    const unknown = await t.agent().post("/api/auth/password-reset", { email: "nobody@example.com" });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    expect([...known.headers.keys()]).toEqual([...unknown.headers.keys()]);

    const links = await resetLinks(owner, "maria@example.com");
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(new RegExp(`^${PUBLIC_URL}/reset-password/[A-Za-z0-9_-]{43}$`));
    const mail = (await owner.get<Outbox>("/api/outbox")).body.messages[0]!;
    expect(mail.text).toContain("Hello Maria Tamm,");
    expect(mail.text).toContain("The link works once, for one hour.");

    const info = await t.agent().get(`/api/auth/password-reset/${tokenOf(links[0]!)}`);
    expect(info).toMatchObject({ status: 200, body: { email: "maria@example.com" } });
  });

  it("sets the new password, ends every session of the account, and signs the person in", async () => {
    const owner = await t.signUp({ email: "maria@example.com", password: PASSWORD });
    const otherDevice = await logIn("maria@example.com", PASSWORD);
    const admin = await t.join(owner, "admin");
    expect((await owner.get("/api/me")).status).toBe(200);
    await t.agent().post("/api/auth/password-reset", { email: "maria@example.com" });
    const [link] = await resetLinks(owner, "maria@example.com");

    const visitor = t.agent();
    const res = await visitor.post<Me>("/api/auth/password-reset/confirm", {
      token: tokenOf(link!),
      password: NEW_PASSWORD,
    });
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe("maria@example.com");
    expect((await visitor.get<Me>("/api/me")).body.role).toBe("owner");

    expect((await owner.get("/api/me")).status).toBe(401);
    expect((await otherDevice.get("/api/me")).status).toBe(401);
    expect((await admin.get("/api/me")).status).toBe(200);
    expect((await logIn("maria@example.com", PASSWORD)).status).toBe(401);
    expect((await logIn("maria@example.com", NEW_PASSWORD)).status).toBe(200);

    const again = await t.agent().post<ErrorBody>("/api/auth/password-reset/confirm", {
      token: tokenOf(link!),
      password: "yet another password",
    });
    expect(again.status).toBe(410);
    expect(again.body.error.message).toBe(
      "This link has already been used. Ask for a new one if you still need it.",
    );
  });

  it("ends the account's other links when one is used", async () => {
    const owner = await t.signUp({ email: "maria@example.com" });
    await t.agent().post("/api/auth/password-reset", { email: "maria@example.com" });
    await t.agent().post("/api/auth/password-reset", { email: "maria@example.com" });
    const [newer, older] = await resetLinks(owner, "maria@example.com");
    const used = await t.agent().post("/api/auth/password-reset/confirm", {
      token: tokenOf(newer!),
      password: NEW_PASSWORD,
    });
    expect(used.status).toBe(200);
    expect((await t.agent().get(`/api/auth/password-reset/${tokenOf(older!)}`)).status).toBe(410);
  });

  it("refuses a link over an hour old, and the password stays", async () => {
    const owner = await t.signUp({ email: "maria@example.com", password: PASSWORD });
    await t.agent().post("/api/auth/password-reset", { email: "maria@example.com" });
    const [link] = await resetLinks(owner, "maria@example.com");
    t.advance(60 * 60);
    const res = await t.agent().post<ErrorBody>("/api/auth/password-reset/confirm", {
      token: tokenOf(link!),
      password: NEW_PASSWORD,
    });
    expect(res.status).toBe(410);
    expect(res.body.error.message).toBe(
      "This link has expired: a link works for one hour. Ask for a new one.",
    );
    expect((await logIn("maria@example.com", PASSWORD)).status).toBe(200);
  });

  it("refuses a too short password with the field named, and the link still works", async () => {
    const owner = await t.signUp({ email: "maria@example.com" });
    await t.agent().post("/api/auth/password-reset", { email: "maria@example.com" });
    const [link] = await resetLinks(owner, "maria@example.com");
    const short = await t.agent().post<ErrorBody>("/api/auth/password-reset/confirm", {
      token: tokenOf(link!),
      password: "short",
    });
    expect(short.status).toBe(400);
    expect(short.body.error.details).toEqual([{ field: "password", message: "Use at least 10 characters." }]);
    expect((await owner.get("/api/me")).status).toBe(200);
    const ok = await t.agent().post("/api/auth/password-reset/confirm", {
      token: tokenOf(link!),
      password: NEW_PASSWORD,
    });
    expect(ok.status).toBe(200);
  });

  it("answers 404 for a link Kontor never handed out", async () => {
    const res = await t.agent().post<ErrorBody>("/api/auth/password-reset/confirm", {
      token: "a".repeat(43),
      password: NEW_PASSWORD,
    });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe("This password reset link was not found.");
  });

  it("mails one address at most 3 times an hour, answering as always", async () => {
    const owner = await t.signUp({ email: "maria@example.com" });
    for (let i = 0; i < RESET_LIMITS.email + 1; i++) {
      const res = await t.agent().post("/api/auth/password-reset", { email: "maria@example.com" });
      expect(res.status).toBe(202);
    }
    expect(await resetLinks(owner, "maria@example.com")).toHaveLength(RESET_LIMITS.email);
    t.advance(60 * 60);
    await t.agent().post("/api/auth/password-reset", { email: "maria@example.com" });
    expect(await resetLinks(owner, "maria@example.com")).toHaveLength(RESET_LIMITS.email + 1);
  });

  it("answers 429 to a network address asking too often, whichever e-mails it names", async () => {
    for (let i = 0; i < RESET_LIMITS.address; i++) {
      const res = await t.agent().post("/api/auth/password-reset", { email: `person${i}@example.com` });
      expect(res.status).toBe(202);
    }
    const refused = await t.agent().post<ErrorBody>("/api/auth/password-reset", { email: "x@example.com" });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("3600");
    expect(refused.body.error.message).toBe(
      "Too many password reset requests from your address. Try again in 60 minutes.",
    );
  });
});
