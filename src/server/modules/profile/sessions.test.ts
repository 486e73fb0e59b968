import { describe, expect, it, vi } from "vitest";
import type { Session } from "../../../shared/api/account.js";
import type { ErrorBody } from "../../../shared/api/common.js";
import { Agent, PUBLIC_URL, setupTestApp } from "../../test/test-app.js";
import { PRINCIPALS_CHANNEL } from "../auth/principal-listener.js";

// Behind a proxy (TRUST_PROXY), so each test caller can come from its own address.
const t = setupTestApp({ env: () => ({ TRUST_PROXY: "true" }) });

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";
const SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

async function signedInOn(email: string, userAgent: string, address: string): Promise<Agent> {
  const agent = new Agent(t, { Origin: PUBLIC_URL, "User-Agent": userAgent, "X-Forwarded-For": address });
  const res = await agent.post("/api/auth/login", { email, password: "correct horse battery" });
  expect(res.status).toBe(200);
  return agent;
}

describe("profile: sessions", () => {
  it("lists where the person is logged in: device, address, since when, last seen, and this device", async () => {
    await t.signUp({ email: "maria@example.com" });
    t.advance(60);
    const laptop = await signedInOn("maria@example.com", FIREFOX, "203.0.113.7");
    t.advance(3600);
    const phone = await signedInOn("maria@example.com", SAFARI, "2001:db8:1:2:3:4:5:6");
    const laptopLogin = new Date(t.clock.now().getTime() - 3600_000).toISOString();

    const list = await phone.get<Session[]>("/api/me/sessions");
    expect(list.status).toBe(200);
    expect(list.body.map(({ id: _, ...rest }) => rest)).toEqual([
      {
        device: "Safari on iPhone",
        address: "2001:db8:1:2::/64",
        createdAt: t.clock.now().toISOString(),
        lastSeenAt: t.clock.now().toISOString(),
        current: true,
      },
      {
        device: "Firefox on Linux",
        address: "203.0.113.7",
        createdAt: laptopLogin,
        lastSeenAt: laptopLogin,
        current: false,
      },
      // The sign-up's own session (the test's agent sends no User-Agent).
      expect.objectContaining({ device: "Unknown device", current: false }),
    ]);

    // Using the laptop again later is seen (to within a few minutes).
    t.advance(600);
    t.deps.principals.clear();
    await laptop.get("/api/me");
    const after = await phone.get<Session[]>("/api/me/sessions");
    expect(after.body.find((s) => s.device === "Firefox on Linux")!.lastSeenAt).toBe(
      t.clock.now().toISOString(),
    );
  });

  it("ends one other session; not this one, and not someone else's", async () => {
    const owner = await t.signUp({ email: "maria@example.com" });
    const laptop = await signedInOn("maria@example.com", FIREFOX, "203.0.113.7");
    const colleague = await t.join(owner, "member");
    const colleagueSession = (await colleague.get<Session[]>("/api/me/sessions")).body[0]!;

    const sessions = (await owner.get<Session[]>("/api/me/sessions")).body;
    const laptopSession = sessions.find((s) => s.device === "Firefox on Linux")!;
    expect((await owner.delete(`/api/me/sessions/${laptopSession.id}`)).status).toBe(204);
    expect((await laptop.get("/api/me")).status).toBe(401);

    const own = await owner.delete<ErrorBody>(`/api/me/sessions/${sessions.find((s) => s.current)!.id}`);
    expect(own.status).toBe(409);
    expect(own.body.error.message).toBe("This is the session you are using now. Log out instead.");
    expect((await owner.delete(`/api/me/sessions/${colleagueSession.id}`)).status).toBe(404);
    expect((await colleague.get("/api/me")).status).toBe(200);
  });

  it("ends every other session at once", async () => {
    const owner = await t.signUp({ email: "maria@example.com" });
    const laptop = await signedInOn("maria@example.com", FIREFOX, "203.0.113.7");
    const phone = await signedInOn("maria@example.com", SAFARI, "198.51.100.2");
    expect((await owner.delete("/api/me/sessions")).status).toBe(204);
    expect((await laptop.get("/api/me")).status).toBe(401);
    expect((await phone.get("/api/me")).status).toBe(401);
    const left = await owner.get<Session[]>("/api/me/sessions");
    expect(left.body).toHaveLength(1);
    expect(left.body[0]!.current).toBe(true);
  });

  it("notes a session as seen without making every process forget the company's signed-in people", async () => {
    const owner = await t.signUp({ email: "maria@example.com" });
    const heard: string[] = [];
    const stop = await t.database.listen(PRINCIPALS_CHANNEL, (companyId) => heard.push(companyId));
    try {
      t.advance(600);
      t.deps.principals.clear();
      await owner.get("/api/me");
      const { rows } = await t.database.executeSql("select last_seen_at from sessions");
      expect(new Date(rows[0]!.last_seen_at as string).toISOString()).toBe(t.clock.now().toISOString());
      // A change that matters is announced (after the above, had that been announced too).
      await owner.patch("/api/me/profile", { name: "Maria Kask" });
      await vi.waitFor(() => expect(heard).toHaveLength(1));
      expect(heard).toEqual([owner.me.company.id]);
    } finally {
      await stop();
    }
  });
});
