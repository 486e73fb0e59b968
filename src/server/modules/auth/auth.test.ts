import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ApiToken, CreatedApiToken, Me } from "../../../shared/api/auth.js";
import type { ErrorBody } from "../../../shared/api/common.js";
import { buildApp } from "../../app.js";
import { PUBLIC_URL, setupTestApp } from "../../test/test-app.js";
import { LOGIN_LIMITS, MAX_ACCOUNT_DELAY_SECONDS } from "./login-rate-limit.js";

const t = setupTestApp();

describe("sign up", () => {
  it("creates a company on the Free plan with the person as its Company Owner, signed in", async () => {
    const agent = t.agent();
    const res = await agent.post<Me>("/api/auth/signup", {
      companyName: "Tamm & Partners OÜ",
      name: "Maria Tamm",
      email: "Maria@Example.com",
      password: "correct horse battery",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      user: { name: "Maria Tamm", email: "maria@example.com" },
      role: "owner",
      company: { name: "Tamm & Partners OÜ", plan: "free" },
    });
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect((await agent.get<Me>("/api/me")).body.user.email).toBe("maria@example.com");
  });

  it("answers 400 with each bad field named, and creates nothing", async () => {
    const res = await t
      .agent()
      .post<ErrorBody>("/api/auth/signup", { companyName: "", email: "nope", password: "short" });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    const fields = (res.body.error.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(["companyName", "email", "name", "password"]);
    const { rows } = await t.database.executeSql("select count(*)::int as n from companies");
    expect(rows[0]!.n).toBe(0);
  });

  it("answers 400, not 500, for a body that is not JSON", async () => {
    const res = await t.agent().request<ErrorBody>("POST", "/api/auth/signup", "{not json", {
      "Content-Type": "application/json",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/JSON/);
  });

  it("refuses an e-mail that already has an account, and a company name already taken", async () => {
    await t.signUp({ email: "a@example.com", companyName: "Acme" });
    const sameEmail = await t.agent().post<ErrorBody>("/api/auth/signup", {
      companyName: "Other",
      name: "X",
      email: "A@example.com",
      password: "correct horse battery",
    });
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body.error.code).toBe("email_taken");
    const sameName = await t.agent().post<ErrorBody>("/api/auth/signup", {
      companyName: "ACME",
      name: "X",
      email: "b@example.com",
      password: "correct horse battery",
    });
    expect(sameName.status).toBe(409);
    expect(sameName.body.error.code).toBe("company_name_taken");
    const { rows } = await t.database.executeSql("select count(*)::int as n from companies");
    expect(rows[0]!.n).toBe(1);
  });
});

describe("log in and out", () => {
  it("logs out, refuses the old cookie, and logs in again", async () => {
    const owner = await t.signUp({ email: "o@example.com", password: "correct horse battery" });
    const oldCookie = owner.cookie;
    expect((await owner.post("/api/auth/logout")).status).toBe(204);
    expect((await owner.get("/api/me")).status).toBe(401);
    owner.cookie = oldCookie;
    expect((await owner.get("/api/me")).status).toBe(401);
    owner.cookie = undefined;
    const again = await owner.post<Me>("/api/auth/login", {
      email: "O@example.com",
      password: "correct horse battery",
    });
    expect(again.status).toBe(200);
    expect((await owner.get<Me>("/api/me")).body.role).toBe("owner");
  });

  it("gives the same answer for an unknown e-mail and a wrong password", async () => {
    await t.signUp({ email: "o@example.com" });
    const wrong = await t
      .agent()
      .post<ErrorBody>("/api/auth/login", { email: "o@example.com", password: "nope" });
    const unknown = await t
      .agent()
      .post<ErrorBody>("/api/auth/login", { email: "x@example.com", password: "nope" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it("expires a session after SESSION_DAYS", async () => {
    const owner = await t.signUp();
    t.clock.advance(31 * 86_400_000);
    expect((await owner.get("/api/me")).status).toBe(401);
  });
});

describe("log-in limits", () => {
  const right = { email: "o@example.com", password: "correct horse battery" };
  const wrong = { email: "o@example.com", password: "a wrong guess" };

  /** A caller at `address`, as a proxy trusted with TRUST_PROXY reports it. */
  function from(address: string) {
    t.deps.config.trustProxy = true;
    const agent = t.agent();
    agent.extraHeaders["X-Forwarded-For"] = address;
    return agent;
  }

  async function burst(n: number, attempt: (i: number) => Promise<{ status: number; headers: Headers }>) {
    const answers = await Promise.all(Array.from({ length: n }, (_, i) => attempt(i)));
    const checked = answers.filter((a) => a.status === 401).length;
    const refused = answers.filter((a) => a.status === 429);
    for (const a of refused) expect(Number(a.headers.get("retry-after"))).toBeGreaterThan(0);
    return { checked, refused: refused.length };
  }

  /** Earlier failures, without hashing as many passwords: the counter the limits keep. */
  async function failedBefore(key: string, failures: number) {
    await t.database.executeSql(
      "insert into login_attempts (key, window_start, failures) values ($1, $2, $3)",
      [key, t.clock.now(), failures],
    );
  }

  it("checks at most 10 of a concurrent burst for one account from one address; other addresses still log in", async () => {
    await t.signUp(right);
    const { checked, refused } = await burst(40, () => from("198.51.100.7").post("/api/auth/login", wrong));
    expect({ checked, refused }).toEqual({ checked: LOGIN_LIMITS.accountAtAddress, refused: 30 });
    // That address waits out the window, even with the right password…
    const waiting = await from("198.51.100.7").post<ErrorBody>("/api/auth/login", right);
    expect(waiting.status).toBe(429);
    expect(waiting.body.error.message).toMatch(
      /Too many failed log-in attempts .* Try again in 15 minutes\./,
    );
    expect(Number(waiting.headers.get("retry-after"))).toBe(15 * 60);
    // …while the real user, elsewhere, is not locked out.
    expect((await from("203.0.113.9").post("/api/auth/login", right)).status).toBe(200);
    t.clock.advance(15 * 60_000);
    expect((await from("198.51.100.7").post("/api/auth/login", right)).status).toBe(200);
  });

  it("checks at most 50 failed log-ins from one address, however concurrent", async () => {
    await failedBefore("ip:198.51.100.7", LOGIN_LIMITS.address - 5);
    const { checked, refused } = await burst(15, (i) =>
      from("198.51.100.7").post("/api/auth/login", { email: `x${i}@example.com`, password: "guess" }),
    );
    expect({ checked, refused }).toEqual({ checked: 5, refused: 10 });
    const other = await from("203.0.113.9").post("/api/auth/login", {
      email: "x1@example.com",
      password: "x",
    });
    expect(other.status).toBe(401);
  });

  it("past 20 failures of an account from anywhere, makes it wait longer after each failure instead of locking it", async () => {
    await t.signUp(right);
    await failedBefore("email:o@example.com", LOGIN_LIMITS.account);
    // A burst from ten addresses: one is checked, and the account waits a second.
    const first = await burst(10, (i) => from(`198.51.100.${i}`).post("/api/auth/login", wrong));
    expect(first).toEqual({ checked: 1, refused: 9 });
    const waiting = await from("203.0.113.9").post<ErrorBody>("/api/auth/login", right);
    expect(waiting.status).toBe(429);
    expect(waiting.headers.get("retry-after")).toBe("1");
    expect(waiting.body.error.message).toMatch(/Try again in 1 second\./);
    t.clock.advance(1000);
    expect((await from("198.51.100.1").post("/api/auth/login", wrong)).status).toBe(401);
    expect((await from("198.51.100.2").post("/api/auth/login", wrong)).headers.get("retry-after")).toBe("2");
    t.clock.advance(2000);
    expect((await from("198.51.100.3").post("/api/auth/login", wrong)).status).toBe(401);
    expect((await from("198.51.100.4").post("/api/auth/login", wrong)).headers.get("retry-after")).toBe("4");
    // The real user gets in once the wait is over, and leaves no wait behind.
    t.clock.advance(4000);
    expect((await from("203.0.113.9").post("/api/auth/login", right)).status).toBe(200);
    expect((await from("192.0.2.1").post("/api/auth/login", right)).status).toBe(200);
  });

  it("never makes an account wait more than 15 minutes", async () => {
    await t.signUp(right);
    await failedBefore("email:o@example.com", 10_000);
    expect((await from("198.51.100.1").post("/api/auth/login", wrong)).status).toBe(401);
    const waiting = await from("198.51.100.2").post<ErrorBody>("/api/auth/login", right);
    expect(waiting.headers.get("retry-after")).toBe(String(MAX_ACCOUNT_DELAY_SECONDS));
    t.clock.advance(MAX_ACCOUNT_DELAY_SECONDS * 1000);
    expect((await from("198.51.100.2").post("/api/auth/login", right)).status).toBe(200);
  });

  it("behind a proxy, counts the address the proxy added, not one the caller wrote", async () => {
    await failedBefore("ip:198.51.100.7", LOGIN_LIMITS.address);
    const forged = await from("203.0.113.1, 198.51.100.7").post("/api/auth/login", wrong);
    expect(forged.status).toBe(429);
  });

  it("counts an IPv6 /64 as one address", async () => {
    await failedBefore("ip:2001:db8:1:2::/64", LOGIN_LIMITS.address);
    expect((await from("2001:db8:1:2:aaaa::1").post("/api/auth/login", wrong)).status).toBe(429);
    expect((await from("2001:db8:1:3::1").post("/api/auth/login", wrong)).status).toBe(401);
  });
});

describe("cross-site requests", () => {
  it("refuses a state-changing cookie request from another origin, or with no origin", async () => {
    const owner = await t.signUp();
    const evil = await owner.request<ErrorBody>(
      "POST",
      "/api/apps/billing/enable",
      {},
      { Origin: "https://evil.example" },
    );
    expect(evil.status).toBe(403);
    expect(evil.body.error.code).toBe("cross_site_request");
    const headers = { Cookie: owner.cookie!, "Content-Type": "application/json" };
    const noOrigin = await t.app.request(`${PUBLIC_URL}/api/auth/logout`, { method: "POST", headers });
    expect(noOrigin.status).toBe(403);
    expect((await owner.get("/api/me")).status).toBe(200);
  });

  it("refuses a page on another origin even when the request names that origin's host", async () => {
    const owner = await t.signUp();
    // A request whose Host header matches its foreign Origin (a proxy passing Host on, DNS rebinding).
    const evil = await owner.request<ErrorBody>(
      "POST",
      "/api/auth/tokens",
      { name: "evil" },
      { Origin: "http://evil.example", Host: "evil.example" },
    );
    expect(evil.status).toBe(403);
    expect(evil.body.error.code).toBe("cross_site_request");
    expect(evil.body.error.message).toContain(PUBLIC_URL);
    // Kontor's own page behind a proxy that names another host still works.
    const proxied = await owner.request(
      "POST",
      "/api/auth/tokens",
      { name: "mine" },
      { Origin: PUBLIC_URL, Host: "127.0.0.1:3000" },
    );
    expect(proxied.status).toBe(201);
    const tokens = await owner.get<ApiToken[]>("/api/auth/tokens");
    expect(tokens.body.map((x) => x.name)).toEqual(["mine"]);
  });

  it("refuses a log-in posted from another site", async () => {
    await t.signUp({ email: "o@example.com" });
    const res = await t
      .agent()
      .request(
        "POST",
        "/api/auth/login",
        { email: "o@example.com", password: "correct horse battery" },
        { Origin: "https://evil.example" },
      );
    expect(res.status).toBe(403);
  });
});

describe("caching", () => {
  it("marks every API answer no-store, errors included, and leaves web assets cacheable", async () => {
    const owner = await t.signUp();
    const answers = [
      await owner.get("/api/me"),
      await owner.get("/api/members"),
      await owner.post("/api/auth/tokens", { name: "x" }),
      await owner.post("/api/auth/tokens", { name: "" }),
      await t.agent().get("/api/me"),
      await t.agent().post("/api/auth/login", { email: "o@example.com", password: "wrong" }),
      await owner.get("/api/no-such-endpoint"),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 201, 400, 401, 401, 404]);
    for (const answer of answers) expect(answer.headers.get("cache-control")).toBe("no-store");

    const webDir = fs.mkdtempSync(path.join(os.tmpdir(), "kontor-web-"));
    try {
      fs.mkdirSync(path.join(webDir, "assets"));
      fs.writeFileSync(path.join(webDir, "assets", "app-1234.js"), "console.log(1)");
      fs.writeFileSync(path.join(webDir, "index.html"), "<!doctype html>");
      const app = buildApp(t.deps, { webDir });
      const asset = await app.request(`${PUBLIC_URL}/assets/app-1234.js`);
      expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      const page = await app.request(`${PUBLIC_URL}/clients`);
      expect(page.headers.get("cache-control")).toBe("no-cache");
    } finally {
      fs.rmSync(webDir, { recursive: true, force: true });
    }
  });
});

describe("personal API tokens", () => {
  it("authenticate scripts with Authorization: Bearer until revoked", async () => {
    const owner = await t.signUp();
    const created = await owner.post<CreatedApiToken>("/api/auth/tokens", { name: "Nightly export" });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^kontor_pat_/);
    const bearer = { Authorization: `Bearer ${created.body.token}` };
    const script = t.agent();
    Object.assign(script.extraHeaders, bearer);
    delete script.extraHeaders.Origin;
    expect((await script.get<Me>("/api/me")).body.user.id).toBe(owner.me.user.id);
    // No cookie, no Origin: a script may change state with its token.
    expect((await script.post("/api/auth/tokens", { name: "second" })).status).toBe(201);
    const listed = await owner.get<ApiToken[]>("/api/auth/tokens");
    expect(listed.body.map((x) => x.name).sort()).toEqual(["Nightly export", "second"]);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    expect((await owner.delete(`/api/auth/tokens/${created.body.id}`)).status).toBe(204);
    const after = await script.get<ErrorBody>("/api/me");
    expect(after.status).toBe(401);
    expect(after.body.error.message).toMatch(/revoked/);
  });

  it("stores only a hash of sessions and tokens", async () => {
    const owner = await t.signUp();
    const created = await owner.post<CreatedApiToken>("/api/auth/tokens", { name: "x" });
    const { rows } = await t.database.executeSql(
      "select (select string_agg(token_hash, ',') from sessions) || (select string_agg(token_hash, ',') from api_tokens) as all",
    );
    const stored = String(rows[0]!.all);
    expect(stored).not.toContain(created.body.token);
    expect(stored).not.toContain(owner.cookie!.split("=")[1]);
  });
});
