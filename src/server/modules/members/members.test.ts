import { describe, expect, it, vi } from "vitest";
import type { Me } from "../../../shared/api/auth.js";
import type { ErrorBody } from "../../../shared/api/common.js";
import type { CreatedInvite, InvitationInfo, MemberList } from "../../../shared/api/members.js";
import { type Agent, PUBLIC_URL, setupTestApp } from "../../test/test-app.js";

// Counts password hashes (still real ones): the costliest work a visitor can cause.
vi.mock("../auth/secrets.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../auth/secrets.js")>();
  return { ...original, hashPassword: vi.fn(original.hashPassword) };
});
const { hashPassword } = vi.mocked(await import("../auth/secrets.js"));

const t = setupTestApp();

async function invite(by: Agent, email: string, role: "admin" | "member") {
  const res = await by.post<CreatedInvite>("/api/members/invites", { email, role });
  expect(res.status).toBe(201);
  return res.body;
}

async function join(link: string, name: string) {
  const agent = t.agent();
  const token = new URL(link).pathname.split("/").pop()!;
  const res = await agent.post<Me>(`/api/invites/${token}/accept`, {
    name,
    password: "another good password",
  });
  expect(res.status).toBe(201);
  return Object.assign(agent, { me: res.body, token });
}

describe("inviting members", () => {
  it("gives a link the invitee opens to set a password and join with the chosen role", async () => {
    const owner = await t.signUp({ companyName: "Acme" });
    const created = await invite(owner, "Kadri@Example.com", "member");
    expect(created.link).toMatch(new RegExp(`^${PUBLIC_URL}/invite/`));
    const token = new URL(created.link).pathname.split("/").pop()!;
    const info = await t.agent().get<InvitationInfo>(`/api/invites/${token}`);
    expect(info.body).toEqual({ companyName: "Acme", email: "kadri@example.com", role: "member" });

    const kadri = await join(created.link, "Kadri Kask");
    expect(kadri.me).toMatchObject({
      role: "member",
      company: { name: "Acme" },
      user: { email: "kadri@example.com" },
    });
    const list = await owner.get<MemberList>("/api/members");
    expect(list.body.members.map((m) => [m.name, m.role])).toEqual([
      [owner.me.user.name, "owner"],
      ["Kadri Kask", "member"],
    ]);
    expect(list.body.invites).toEqual([]);
    // The link is used up.
    const again = await t.agent().post<ErrorBody>(`/api/invites/${kadri.token}/accept`, {
      name: "X",
      password: "another good password",
    });
    expect(again.status).toBe(410);
  });

  it("says when a link is unknown, expired or withdrawn", async () => {
    const owner = await t.signUp();
    expect((await t.agent().get("/api/invites/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")).status).toBe(
      404,
    );
    const withdrawn = await invite(owner, "w@example.com", "member");
    expect((await owner.delete(`/api/members/invites/${withdrawn.invite.id}`)).status).toBe(204);
    const w = await t.agent().get<ErrorBody>(`/api/invites/${withdrawn.link.split("/").pop()}`);
    expect(w.status).toBe(410);
    expect(w.body.error.message).toMatch(/withdrawn/);
    const expiring = await invite(owner, "e@example.com", "admin");
    t.clock.advance(8 * 86_400_000);
    const e = await t.agent().get<ErrorBody>(`/api/invites/${expiring.link.split("/").pop()}`);
    expect(e.status).toBe(410);
    expect(e.body.error.message).toMatch(/expired/);
  });

  it("replaces an open invite to the same address, and refuses a member of the company", async () => {
    const owner = await t.signUp({ email: "boss@example.com" });
    const first = await invite(owner, "p@example.com", "member");
    await invite(owner, "p@example.com", "admin");
    const list = await owner.get<MemberList>("/api/members");
    expect(list.body.invites.map((i) => [i.email, i.role])).toEqual([["p@example.com", "admin"]]);
    expect((await t.agent().get(`/api/invites/${first.link.split("/").pop()}`)).status).toBe(410);
    const self = await owner.post<ErrorBody>("/api/members/invites", {
      email: "boss@example.com",
      role: "member",
    });
    expect(self.status).toBe(409);
    expect(self.body.error.message).toMatch(/already a member/);
  });

  it("does not tell an inviter whether an address has an account with another company", async () => {
    const globex = await t.signUp({ companyName: "Globex", email: "boss@globex.example" });
    const acme = await t.signUp({ companyName: "Acme" });
    const fresh = await acme.post<CreatedInvite>("/api/members/invites", {
      email: "nobody@example.com",
      role: "admin",
    });
    const taken = await acme.post<CreatedInvite>("/api/members/invites", {
      email: "Boss@Globex.example",
      role: "admin",
    });
    // The same answer as for an address without an account.
    expect(taken.status).toBe(fresh.status);
    expect(Object.keys(taken.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(taken.body.invite).toMatchObject({ email: "boss@globex.example", role: "admin" });
    // The invitee learns it when accepting, and nothing changes for their account.
    const token = new URL(taken.body.link).pathname.split("/").pop()!;
    const accepted = await t.agent().post<ErrorBody>(`/api/invites/${token}/accept`, {
      name: "Somebody",
      password: "another good password",
    });
    expect(accepted.status).toBe(409);
    expect(accepted.body.error.message).toMatch(/already has a Kontor account/);
    expect(accepted.body.error.message).not.toMatch(/Globex|another company/);
    expect((await globex.get<Me>("/api/me")).body).toEqual(globex.me);
    const globexMembers = await globex.get<MemberList>("/api/members");
    expect(globexMembers.body.members.map((m) => m.email)).toEqual(["boss@globex.example"]);
    const login = await t.agent().post("/api/auth/login", {
      email: "boss@globex.example",
      password: "another good password",
    });
    expect(login.status).toBe(401);
  });

  it("refuses a link that cannot be used before hashing the password", async () => {
    const owner = await t.signUp();
    const used = await invite(owner, "u@example.com", "member");
    await join(used.link, "Used");
    hashPassword.mockClear();
    const body = { name: "X", password: "another good password" };
    const unknown = await t
      .agent()
      .post("/api/invites/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/accept", body);
    expect(unknown.status).toBe(404);
    const again = await t.agent().post(`/api/invites/${used.link.split("/").pop()}/accept`, body);
    expect(again.status).toBe(410);
    expect(hashPassword).not.toHaveBeenCalled();
  });

  it("lets only the Owner and Admins invite", async () => {
    const owner = await t.signUp();
    const member = await join((await invite(owner, "m@example.com", "member")).link, "Mari");
    const res = await member.post<ErrorBody>("/api/members/invites", {
      email: "x@example.com",
      role: "member",
    });
    expect(res.status).toBe(403);
    const admin = await join((await invite(owner, "a@example.com", "admin")).link, "Anu");
    expect(
      (await admin.post("/api/members/invites", { email: "x@example.com", role: "member" })).status,
    ).toBe(201);
  });
});

describe("roles and ownership", () => {
  it("changes roles and removes members; a removed member is signed out", async () => {
    const owner = await t.signUp();
    const mari = await join((await invite(owner, "m@example.com", "member")).link, "Mari");
    const res = await owner.patch(`/api/members/${mari.me.user.id}`, { role: "admin" });
    expect(res.status).toBe(200);
    expect((await mari.get<Me>("/api/me")).body.role).toBe("admin");
    expect((await owner.delete(`/api/members/${mari.me.user.id}`)).status).toBe(204);
    expect((await mari.get("/api/me")).status).toBe(401);
  });

  it("never leaves the company without exactly one Owner", async () => {
    const owner = await t.signUp();
    const anu = await join((await invite(owner, "a@example.com", "admin")).link, "Anu");
    const demote = await anu.patch<ErrorBody>(`/api/members/${owner.me.user.id}`, { role: "member" });
    expect(demote.status).toBe(409);
    expect((await anu.delete(`/api/members/${owner.me.user.id}`)).status).toBe(409);
    expect((await anu.post("/api/members/transfer-ownership", { userId: anu.me.user.id })).status).toBe(403);

    expect((await owner.post("/api/members/transfer-ownership", { userId: anu.me.user.id })).status).toBe(
      204,
    );
    expect((await anu.get<Me>("/api/me")).body.role).toBe("owner");
    expect((await owner.get<Me>("/api/me")).body.role).toBe("admin");
    const { rows } = await t.database.executeSql("select count(*)::int as n from users where role = 'owner'");
    expect(rows[0]!.n).toBe(1);
  });

  it("refuses bad input with field errors", async () => {
    const owner = await t.signUp();
    const res = await owner.post<ErrorBody>("/api/members/invites", { email: "not-an-email", role: "owner" });
    expect(res.status).toBe(400);
    expect((res.body.error.details as { field: string }[]).map((d) => d.field).sort()).toEqual([
      "email",
      "role",
    ]);
    expect((await owner.patch("/api/members/not-a-uuid", { role: "admin" })).status).toBe(400);
  });
});

describe("company isolation", () => {
  it("never shows or changes another company's members", async () => {
    const acme = await t.signUp({ companyName: "Acme" });
    const globex = await t.signUp({ companyName: "Globex" });
    const globexInvite = await invite(globex, "g@example.com", "member");
    const list = await acme.get<MemberList>("/api/members");
    expect(list.body.members.map((m) => m.email)).toEqual([acme.me.user.email]);
    expect(list.body.invites).toEqual([]);
    expect((await acme.patch(`/api/members/${globex.me.user.id}`, { role: "admin" })).status).toBe(404);
    expect((await acme.delete(`/api/members/${globex.me.user.id}`)).status).toBe(404);
    expect((await acme.delete(`/api/members/invites/${globexInvite.invite.id}`)).status).toBe(404);
    expect((await acme.post("/api/members/transfer-ownership", { userId: globex.me.user.id })).status).toBe(
      404,
    );
    expect((await globex.get<Me>("/api/me")).body.role).toBe("owner");
  });
});
