import { describe, expect, it } from "vitest";
import { DEMO_FIRM_TENANT_ID } from "../../../../../xero-sandbox/src/sandbox.js";
import type { ClientDetail, ClientList } from "../../../../shared/api/clients.js";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { ConfirmImportBody, ImportRun } from "../../../../shared/api/imports.js";
import { type Agent, setupTestApp } from "../../../test/test-app.js";
import { authorizeXero, enableXero } from "../test/connect-xero.js";
import { addXeroContact, emptyXeroBooks, updateXeroContact } from "../test/xero-books.js";

const t = setupTestApp({ xero: true });

/** Two Kontor clients share an e-mail with one Xero contact; a second contact fits a third client by name. */
async function ambiguousPreview() {
  emptyXeroBooks(t.sandbox);
  const owner = await t.signUp();
  await enableXero(t, owner);
  await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
  const make = async (body: Record<string, unknown>) =>
    (await owner.post<ClientDetail>("/api/clients", body)).body.id;
  const one = await make({ name: "Twin One", email: "twin@example.com" });
  const two = await make({ name: "Twin Two", email: "twin@example.com" });
  const solo = await make({ name: "Solo Studio" });
  addXeroContact(t.sandbox, { Name: "Twin Holdings", EmailAddress: "twin@example.com", Phones: [] });
  addXeroContact(t.sandbox, { Name: "Solo Studio Ltd", CompanyNumber: "5550001" });
  addXeroContact(t.sandbox, { Name: "Solo Studio OÜ", CompanyNumber: "5550002" });
  const started = await owner.post<{ id: string }>("/api/integrations/xero/imports");
  await t.jobs.runAll();
  const run = (await owner.get<ImportRun>(`/api/integrations/xero/imports/${started.body.id}`)).body;
  const id = (name: string) => run.candidates.find((c) => c.name === name)!.xeroContactId;
  return {
    owner,
    run,
    clients: { one, two, solo },
    contacts: { twin: id("Twin Holdings"), soloLtd: id("Solo Studio Ltd"), soloOu: id("Solo Studio OÜ") },
  };
}

async function confirm(owner: Agent, run: ImportRun, body: ConfirmImportBody) {
  const answer = await owner.post<ErrorBody>(`/api/integrations/xero/imports/${run.id}/confirm`, body);
  await t.jobs.runAll();
  return answer;
}

describe("ambiguous matches in a client import", () => {
  it("update the client the user chose, and only that one", async () => {
    const { owner, run, clients, contacts } = await ambiguousPreview();
    expect(run.candidates.find((c) => c.xeroContactId === contacts.twin)?.match).toBe("ambiguous");
    const answer = await confirm(owner, run, {
      xeroContactIds: [contacts.twin],
      resolutions: [{ xeroContactId: contacts.twin, clientId: clients.two }],
    });
    expect(answer.status).toBe(202);
    const done = (await owner.get<ImportRun>(`/api/integrations/xero/imports/${run.id}`)).body;
    expect(done.summary).toMatchObject({ created: 0, updated: 1, failed: [] });
    const chosen = (await owner.get<ClientDetail>(`/api/clients/${clients.two}`)).body;
    expect([chosen.name, chosen.xero?.contactId]).toEqual(["Twin Holdings", contacts.twin]);
    const other = (await owner.get<ClientDetail>(`/api/clients/${clients.one}`)).body;
    expect([other.name, other.xero]).toEqual(["Twin One", null]);
  });

  it("import the contact as a new client when the user says none of them is it", async () => {
    const { owner, run, contacts } = await ambiguousPreview();
    await confirm(owner, run, {
      xeroContactIds: [contacts.twin],
      resolutions: [{ xeroContactId: contacts.twin, clientId: null }],
    });
    const done = (await owner.get<ImportRun>(`/api/integrations/xero/imports/${run.id}`)).body;
    expect(done.summary).toMatchObject({ created: 1, failed: [] });
    const names = (await owner.get<ClientList>("/api/clients?sort=name")).body.items.map((c) => c.name);
    expect(names).toContain("Twin Holdings");
    expect(names.filter((n) => n.startsWith("Twin"))).toHaveLength(3);
  });

  it("let one of two contacts that fit the same client take it, and the other be created", async () => {
    const { owner, run, clients, contacts } = await ambiguousPreview();
    const soloLtd = run.candidates.find((c) => c.xeroContactId === contacts.soloLtd)!;
    expect(soloLtd.match).toBe("ambiguous");
    expect(soloLtd.ambiguousWith?.map((a) => a.id)).toEqual([clients.solo]);
    await confirm(owner, run, {
      xeroContactIds: [contacts.soloLtd, contacts.soloOu],
      resolutions: [
        { xeroContactId: contacts.soloLtd, clientId: clients.solo },
        { xeroContactId: contacts.soloOu, clientId: null },
      ],
    });
    const done = (await owner.get<ImportRun>(`/api/integrations/xero/imports/${run.id}`)).body;
    expect(done.summary).toMatchObject({ created: 1, updated: 1, failed: [] });
    const solo = (await owner.get<ClientDetail>(`/api/clients/${clients.solo}`)).body;
    expect([solo.registryCode, solo.xero?.contactId]).toEqual(["5550001", contacts.soloLtd]);
  });

  it("refuse choices the preview did not offer, or one client for two contacts, and change nothing", async () => {
    const { owner, run, clients, contacts } = await ambiguousPreview();
    const refused = async (body: ConfirmImportBody, message: RegExp) => {
      const answer = await confirm(owner, run, body);
      expect(answer.status).toBe(400);
      expect((answer.body.error.details as { message: string }[]).map((f) => f.message).join(" ")).toMatch(
        message,
      );
    };
    await refused(
      {
        xeroContactIds: [contacts.twin],
        resolutions: [{ xeroContactId: contacts.twin, clientId: clients.solo }],
      },
      /Twin Holdings can only be matched to a client the preview offered/,
    );
    await refused(
      {
        xeroContactIds: [contacts.soloLtd, contacts.soloOu],
        resolutions: [
          { xeroContactId: contacts.soloLtd, clientId: clients.solo },
          { xeroContactId: contacts.soloOu, clientId: clients.solo },
        ],
      },
      /Solo Studio cannot be matched to both Solo Studio Ltd and Solo Studio OÜ/,
    );
    await refused(
      { xeroContactIds: [], resolutions: [{ xeroContactId: contacts.twin, clientId: clients.one }] },
      /not among the contacts being imported/,
    );
    const still = (await owner.get<ImportRun>(`/api/integrations/xero/imports/${run.id}`)).body;
    expect(still.status).toBe("ready");
    expect(still.candidates.find((c) => c.xeroContactId === contacts.twin)?.match).toBe("ambiguous");
  });

  it("fail, rather than merge, an ambiguous contact imported without a choice", async () => {
    const { owner, run, contacts } = await ambiguousPreview();
    await confirm(owner, run, { xeroContactIds: [contacts.twin] });
    const done = (await owner.get<ImportRun>(`/api/integrations/xero/imports/${run.id}`)).body;
    expect(done.summary?.failed.map((f) => f.reason)).toEqual([
      expect.stringMatching(/Twin One, Twin Two.*Choose the matching client/),
    ]);
    const linked = (await owner.get<ClientList>("/api/clients?q=twin")).body.items.filter((c) => c.xero);
    expect(linked).toEqual([]);
  });

  it("never take over a client another contact was linked to since the preview", async () => {
    const { owner, run: older, clients, contacts } = await ambiguousPreview();
    await owner.patch(`/api/clients/${clients.one}`, { email: "one@example.com" });
    // Meanwhile in Xero the e-mail moves to a new contact, which a newer import links to Twin One.
    updateXeroContact(t.sandbox, contacts.twin, { EmailAddress: "holdings@example.com" });
    const newcomer = addXeroContact(t.sandbox, { Name: "Twin Newcomer", EmailAddress: "one@example.com" });
    const started = await owner.post<{ id: string }>("/api/integrations/xero/imports");
    await t.jobs.runAll();
    const newer = (await owner.get<ImportRun>(`/api/integrations/xero/imports/${started.body.id}`)).body;
    expect(newer.candidates.find((c) => c.xeroContactId === newcomer)).toMatchObject({
      match: "existing",
      clientId: clients.one,
    });
    await confirm(owner, newer, { xeroContactIds: [newcomer] });
    // The older preview still says Twin Holdings could be Twin One; choosing that now must fail.
    await confirm(owner, older, {
      xeroContactIds: [contacts.twin],
      resolutions: [{ xeroContactId: contacts.twin, clientId: clients.one }],
    });
    const done = (await owner.get<ImportRun>(`/api/integrations/xero/imports/${older.id}`)).body;
    expect(done.summary?.failed.map((f) => f.reason)).toEqual([
      "Twin Newcomer is already linked to another Xero contact.",
    ]);
    const one = (await owner.get<ClientDetail>(`/api/clients/${clients.one}`)).body;
    expect(one.xero?.contactId).toBe(newcomer);
  });
});
