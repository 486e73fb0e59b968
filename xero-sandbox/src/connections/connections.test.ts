import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Sandbox } from "../sandbox.js";
import { DEMO_BAKERY_TENANT_ID, DEMO_DENTAL_TENANT_ID, DEMO_FIRM_TENANT_ID } from "../seed/fixed-ids.js";
import { accountingClient, answerOf, startTestSandbox } from "../testing/harness.js";

interface Connection {
  id: string;
  authEventId: string;
  tenantId: string;
  tenantType: string;
  tenantName: string;
  createdDateUtc: string;
  updatedDateUtc: string;
}

describe("/connections", () => {
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ seed: "empty" });
  });
  afterEach(() => sandbox.close());

  const list = async (token: string, query = "") =>
    answerOf<Connection[]>(
      await fetch(`${sandbox.apiUrl}/connections${query}`, { headers: { authorization: `Bearer ${token}` } }),
    );
  const remove = (token: string, id: string) =>
    fetch(`${sandbox.apiUrl}/connections/${id}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${token}` },
    });

  it("lists the organisations the user connected, filtered by authEventId", async () => {
    const first = await sandbox.connect({ tenantIds: [DEMO_FIRM_TENANT_ID] });
    const second = await sandbox.connect({ tenantIds: [DEMO_BAKERY_TENANT_ID, DEMO_DENTAL_TENANT_ID] });
    const all = await list(second.access_token);
    expect(all.status).toBe(200);
    expect(all.body.map((c) => c.tenantName).sort()).toEqual([
      "Demo Accounting Firm Ltd",
      "Harbour View Dental Ltd",
      "Northwind Bakery Ltd",
    ]);
    expect(all.body[0]).toMatchObject({ tenantType: "ORGANISATION" });
    expect(all.body[0]?.createdDateUtc).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}$/);
    const latest = await list(second.access_token, `?authEventId=${second.authEventId}`);
    expect(latest.body.map((c) => c.tenantId).sort()).toEqual(
      [DEMO_BAKERY_TENANT_ID, DEMO_DENTAL_TENANT_ID].sort(),
    );
    expect(
      (await list(first.access_token, `?authEventId=${first.authEventId}`)).body.map((c) => c.tenantId),
    ).toEqual([DEMO_FIRM_TENANT_ID]);
  });

  it("keeps a connection's id when the organisation is authorised again", async () => {
    const first = await sandbox.connect({ tenantIds: [DEMO_FIRM_TENANT_ID] });
    const before = (await list(first.access_token)).body[0];
    sandbox.advanceClock(3600);
    const again = await sandbox.connect({ tenantIds: [DEMO_FIRM_TENANT_ID] });
    const after = (await list(again.access_token)).body[0];
    expect(after?.id).toBe(before?.id);
    expect(after?.authEventId).toBe(again.authEventId);
    expect(after?.createdDateUtc).toBe(before?.createdDateUtc);
    expect(after?.updatedDateUtc).not.toBe(before?.updatedDateUtc);
  });

  it("deletes by connection id (204), refuses a tenant id (403) and answers 404 for unknown ids", async () => {
    const tokens = await sandbox.connect({ tenantIds: [DEMO_FIRM_TENANT_ID, DEMO_BAKERY_TENANT_ID] });
    const connections = (await list(tokens.access_token)).body;
    const bakery = connections.find((c) => c.tenantId === DEMO_BAKERY_TENANT_ID);
    expect((await remove(tokens.access_token, DEMO_BAKERY_TENANT_ID)).status).toBe(403);
    // A tenant id is refused as such, connected or not.
    const notConnected = await remove(tokens.access_token, DEMO_DENTAL_TENANT_ID);
    expect(notConnected.status).toBe(403);
    expect(await notConnected.json()).toMatchObject({ Status: 403, Detail: "AuthenticationUnsuccessful" });
    expect((await remove(tokens.access_token, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await remove(tokens.access_token, bakery?.id ?? "")).status).toBe(204);
    expect((await list(tokens.access_token)).body.map((c) => c.tenantId)).toEqual([DEMO_FIRM_TENANT_ID]);
    const bakeryApi = accountingClient(sandbox, tokens.access_token, DEMO_BAKERY_TENANT_ID);
    expect((await bakeryApi.get("/Organisation")).status).toBe(403);
  });

  it("needs a valid access token", async () => {
    expect((await list("not-a-token")).status).toBe(401);
    const tokens = await sandbox.connect();
    sandbox.advanceClock(1801);
    const expired = await list(tokens.access_token);
    expect(expired.status).toBe(401);
    expect(JSON.stringify(expired.body)).toContain("TokenExpired");
  });
});
