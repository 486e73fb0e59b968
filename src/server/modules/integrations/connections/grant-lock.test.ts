import { describe, expect, it } from "vitest";
import { DEMO_FIRM_TENANT_ID } from "../../../../../xero-sandbox/src/sandbox.js";
import { accountingGrants } from "../../../db/schema/integrations.js";
import { createLogger } from "../../../lib/logger.js";
import { setupTestApp } from "../../../test/test-app.js";
import { authorizeXero, enableXero } from "../test/connect-xero.js";
import { GrantLock } from "./grant-lock.js";
import { GrantTokens } from "./grant-tokens.js";

const t = setupTestApp({ xero: true });
const onServer = !!process.env.TEST_DATABASE_URL;

describe.skipIf(!onServer)(
  `refresh across processes${onServer ? "" : " (skipped: needs TEST_DATABASE_URL; the embedded database serves one process)"}`,
  () => {
    it("makes exactly one refresh when two processes find the token expired at once", async () => {
      const owner = await t.signUp();
      await enableXero(t, owner);
      await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
      const [grant] = await t.database.db.select().from(accountingGrants);
      t.advance(31 * 60);
      // Two GrantTokens with their own locks and in-process queues stand for two Kontor processes.
      const { integrations, database, clock } = t.deps;
      const processes = [0, 1].map(
        () =>
          new GrantTokens(
            database.db,
            new GrantLock(database),
            integrations.box,
            integrations.providers,
            clock,
            createLogger("silent"),
          ),
      );
      const before = t.xeroCalls.filter((c) => c.body?.includes("grant_type=refresh_token")).length;
      const tokens = await Promise.all(
        processes.flatMap((p) => [p.accessToken(grant!.id), p.accessToken(grant!.id)]),
      );
      expect(new Set(tokens).size).toBe(1);
      expect(t.xeroCalls.filter((c) => c.body?.includes("grant_type=refresh_token")).length - before).toBe(1);
    });

    it("makes one attempt when Xero answers a refresh unexpectedly, and both processes get its outcome", async () => {
      const owner = await t.signUp();
      await enableXero(t, owner);
      await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
      const [grant] = await t.database.db.select().from(accountingGrants);
      await fetch(`${t.sandbox.url}/__sandbox/faults`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          match: { method: "POST", path: "/identity/connect/token" },
          times: 10,
          edit: { set: { id_token: "not-a-valid-id-token" } },
        }),
      });
      t.advance(31 * 60);
      const { integrations, database, clock } = t.deps;
      const processes = [0, 1].map(
        () =>
          new GrantTokens(
            database.db,
            new GrantLock(database),
            integrations.box,
            integrations.providers,
            clock,
            createLogger("silent"),
          ),
      );
      const before = t.xeroCalls.filter((c) => c.body?.includes("grant_type=refresh_token")).length;
      const outcomes = await Promise.allSettled(processes.map((p) => p.accessToken(grant!.id)));
      const messages = outcomes.map((o) => (o.status === "rejected" ? (o.reason as Error).message : "token"));
      expect(messages).toEqual([
        "Xero's sign-in service answered the token refresh in a way Kontor did not expect.",
        "Xero's sign-in service answered the token refresh in a way Kontor did not expect.",
      ]);
      expect(t.xeroCalls.filter((c) => c.body?.includes("grant_type=refresh_token")).length - before).toBe(1);
    });
  },
);
