import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DEMO_FIRM_TENANT_ID } from "../../../xero-sandbox/src/sandbox.js";
import type { CreatedApiToken } from "../../shared/api/auth.js";
import type { ImportRun } from "../../shared/api/imports.js";
import type { CreatedInvite } from "../../shared/api/members.js";
import { clients } from "../db/schema/clients.js";
import { hashSecret } from "../modules/auth/secrets.js";
import { authorizeXero, enableXero } from "../modules/integrations/test/connect-xero.js";
import { addXeroContact, emptyXeroBooks } from "../modules/integrations/test/xero-books.js";
import { type Agent, setupTestApp } from "../test/test-app.js";
import { createLogger } from "./logger.js";

const written: string[] = [];
const t = setupTestApp({ xero: true, logTo: { write: (line: string) => void written.push(line) } });

const cookieValue = (agent: Agent) => agent.cookie!.split("=")[1]!;

/** Personal data of a customer that a failing query carries. */
const MARI = { name: "Mari Maasikas", email: "mari.maasikas@example.com", phone: "+372 5550 1999" };

async function importAll(owner: Agent): Promise<ImportRun> {
  const started = await owner.post<{ id: string }>("/api/integrations/xero/imports");
  expect(started.status).toBe(202);
  await t.jobs.runAll();
  const url = `/api/integrations/xero/imports/${started.body.id}`;
  const preview = (await owner.get<ImportRun>(url)).body;
  expect(preview.status).toBe("ready");
  const ids = preview.candidates.map((c) => c.xeroContactId);
  expect((await owner.post(`${url}/confirm`, { xeroContactIds: ids })).status).toBe(202);
  await t.jobs.runAll();
  return (await owner.get<ImportRun>(url)).body;
}

describe("the log", () => {
  it("holds no token, secret, password, query parameter or customer data after a whole scenario", async () => {
    written.length = 0;
    const secrets: Record<string, string> = {};
    const password = "correct horse battery";
    const owner = await t.signUp({ email: "owner@example.com", password });
    secrets.ownerPassword = password;
    secrets.ownerSession = cookieValue(owner);
    secrets.ownerSessionHash = hashSecret(secrets.ownerSession);

    const token = await owner.post<CreatedApiToken>("/api/auth/tokens", { name: "Nightly export" });
    secrets.apiToken = token.body.token;
    const script = t.agent();
    expect(
      (await script.request("GET", "/api/me", undefined, { Authorization: `Bearer ${token.body.token}` }))
        .status,
    ).toBe(200);

    // An invite for an Admin, opened (the page, then the API) and accepted.
    const invite = (
      await owner.post<CreatedInvite>("/api/members/invites", { email: "ada@example.com", role: "admin" })
    ).body;
    secrets.inviteLink = invite.link;
    secrets.inviteToken = invite.link.split("/").pop()!;
    const ada = t.agent();
    await ada.get(new URL(invite.link).pathname);
    expect((await ada.get(`/api/invites/${secrets.inviteToken}`)).status).toBe(200);
    secrets.adaPassword = "ada's own good password";
    expect(
      (
        await ada.post(`/api/invites/${secrets.inviteToken}/accept`, {
          name: "Ada",
          password: secrets.adaPassword,
        })
      ).status,
    ).toBe(201);
    secrets.adaSession = cookieValue(ada);

    secrets.wrongPassword = "not the password at all";
    expect(
      (
        await t
          .agent()
          .post("/api/auth/login", { email: "owner@example.com", password: secrets.wrongPassword })
      ).status,
    ).toBe(401);

    // Refused by a constraint Kontor words for the user, and by ones it does not expect: the
    // unexpected ones are logged, and their queries carried a password hash and a customer's data.
    expect((await owner.post("/api/clients", { name: "A", registryCode: "R-1" })).status).toBe(201);
    expect((await owner.post("/api/clients", { name: "B", registryCode: "R-1" })).status).toBe(409);
    await t.database.db.execute(
      sql`alter table clients add constraint test_no_mari check (name <> ${sql.raw(`'${MARI.name}'`)})`,
    );
    await t.database.db.execute(
      sql`alter table users add constraint test_no_refused check (name <> 'Refused Person')`,
    );
    try {
      expect(
        (await owner.post("/api/clients", { ...MARI, notes: "Owes 4,000 to the tax office." })).status,
      ).toBe(500);
      secrets.refusedPassword = "the refused person's password";
      const refused = await t.agent().post("/api/auth/signup", {
        companyName: "Refused Ltd",
        name: "Refused Person",
        email: "refused@example.com",
        password: secrets.refusedPassword,
      });
      expect(refused.status).toBe(500);

      // Xero: connect through the sandbox, import (Mari's contact fails the first import), refresh.
      emptyXeroBooks(t.sandbox);
      addXeroContact(t.sandbox, { Name: "Northwind Bakery Ltd", EmailAddress: "nora@northwind.example" });
      addXeroContact(t.sandbox, {
        Name: MARI.name,
        EmailAddress: MARI.email,
        Phones: [{ PhoneType: "DEFAULT", PhoneNumber: MARI.phone }],
      });
      await enableXero(t, owner);
      await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
      expect((await importAll(owner)).status).toBe("failed");
    } finally {
      await t.database.db.execute(sql`alter table clients drop constraint if exists test_no_mari`);
      await t.database.db.execute(sql`alter table users drop constraint if exists test_no_refused`);
    }
    expect((await importAll(owner)).status).toBe("done");
    t.advance(31 * 60);
    expect((await owner.post("/api/integrations/xero/check")).status).toBe(200);

    // Every secret Xero and Kontor exchanged: the authorization code, PKCE verifier and tokens.
    for (const [i, call] of t.xeroCalls.filter((c) => c.url.endsWith("/connect/token")).entries()) {
      const sent = new URLSearchParams(call.body);
      for (const name of ["code", "code_verifier", "refresh_token"]) {
        if (sent.get(name)) secrets[`sent ${name} ${i}`] = sent.get(name)!;
      }
      const answer = JSON.parse(call.responseBody) as Record<string, string>;
      for (const name of ["access_token", "refresh_token", "id_token"]) {
        if (answer[name]) secrets[`${name} ${i}`] = answer[name];
      }
    }
    expect(Object.keys(secrets).filter((k) => k.startsWith("access_token")).length).toBeGreaterThanOrEqual(2);
    Object.assign(secrets, {
      customerName: MARI.name,
      customerEmail: MARI.email,
      customerPhone: MARI.phone,
      customerNotes: "Owes 4,000",
      passwordHash: "scrypt$",
      queryParameters: "params:",
    });

    const log = written.join("");
    const leaked = Object.entries(secrets).filter(([, secret]) => log.includes(secret));
    expect(leaked.map(([name]) => name)).toEqual([]);
    const lines = written.map((line) => JSON.parse(line) as Record<string, unknown>);
    // The scenario did reach the log lines that leaked.
    expect(lines).toContainEqual(expect.objectContaining({ msg: "invite link created", role: "admin" }));
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: "request", path: "/api/invites/:token/accept" }),
    );
    // Each failed query is logged with what names the failure: the cause's SQLSTATE and constraint.
    type Logged = { code?: string; constraint?: string; cause?: Logged };
    const failures = lines
      .filter((l) => l.msg === "unhandled error" || l.msg === "import step failed")
      .map((l) => (l.err as Logged).cause ?? (l.err as Logged));
    expect(failures.map((e) => `${e.code} ${e.constraint}`).sort()).toEqual([
      "23514 test_no_mari",
      "23514 test_no_mari",
      "23514 test_no_refused",
    ]);
    expect(lines).toContainEqual(expect.objectContaining({ msg: "access token refreshed" }));
  }, 60_000);

  it("shows an error's type, code and constraint however it is logged, never the values of its query", async () => {
    const lines: string[] = [];
    const logger = createLogger("info", { write: (line: string) => void lines.push(line) });
    const owner = await t.signUp();
    const error = await t.database.db
      .insert(clients)
      .values({ companyId: owner.me.company.id, name: "Secret Customer Name", notes: "x\u0000" })
      .catch((e: unknown) => e as Error);
    const badUuid = await t.database.db
      .execute(sql`select ${"secret-value"}::uuid`)
      .catch((e: unknown) => e as Error);
    logger.error(error);
    logger.error({ err: error });
    logger.warn({ err: String(error), nested: { deeper: { cause: error } } }, "as text");
    logger.error({ err: badUuid }, "bad uuid");
    logger.info(
      { url: "https://kontor.test/api/integrations/xero/callback?code=c0de&state=st4te", refreshToken: "r" },
      "redirect",
    );
    const log = lines.join("");
    for (const text of ["Secret Customer Name", "secret-value", "params", "c0de", "st4te", '"r"']) {
      expect(log).not.toContain(text);
    }
    const first = JSON.parse(lines[0]!) as { msg: string; err: Record<string, unknown> };
    expect(first.err).toMatchObject({ type: "DrizzleQueryError", cause: { code: "22021" } });
    expect(first.msg).toMatch(/^Failed query: insert into "clients"/);
  });
});
