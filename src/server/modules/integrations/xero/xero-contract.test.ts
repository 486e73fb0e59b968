import { describe, expect, it } from "vitest";
import { DEMO_FIRM_TENANT_ID } from "../../../../../xero-sandbox/src/sandbox.js";
import { setupTestApp } from "../../../test/test-app.js";
import { authorizeXero, enableXero } from "../test/connect-xero.js";
import { contractProblems, contractSkipReason, xeroOpenApiDir } from "../test/xero-contract.js";

const t = setupTestApp({ xero: true });

describe.skipIf(!xeroOpenApiDir)(
  `the connection's calls against Xero's OpenAPI files${contractSkipReason}`,
  () => {
    it("sends and receives only what Xero documents, through connect, check and disconnect", async () => {
      const owner = await t.signUp();
      await enableXero(t, owner);
      await authorizeXero(t, owner);
      await owner.post("/api/integrations/xero/tenant", { tenantId: DEMO_FIRM_TENANT_ID });
      t.advance(31 * 60);
      await owner.post("/api/integrations/xero/check");
      await owner.post("/api/integrations/xero/disconnect");
      const { checked, problems } = contractProblems(t.xeroCalls);
      expect(checked).toBeGreaterThanOrEqual(3);
      expect(problems).toEqual([]);
    });

    it("reads contacts, tax rates, accounts, items and currencies as Xero documents them", async () => {
      const owner = await t.signUp();
      await enableXero(t, owner);
      await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
      await owner.post("/api/integrations/xero/imports");
      await t.jobs.runAll();
      const read = t.xeroCalls.filter((c) => c.url.includes("/api.xro/2.0/"));
      expect([...new Set(read.map((c) => new URL(c.url).pathname.split("/").pop()))].sort()).toEqual([
        "Accounts",
        "Contacts",
        "Currencies",
        "Items",
        "TaxRates",
      ]);
      const { problems } = contractProblems(t.xeroCalls);
      expect(problems).toEqual([]);
    });
  },
);
