import { expect } from "vitest";
import type { Me } from "../../../../shared/api/auth.js";
import type { ClientDetail, CreateClientBody } from "../../../../shared/api/clients.js";
import { CompanyScope } from "../../../db/company-scope.js";
import { resourceCodes, vatRates } from "../../../db/schema/billing.js";
import type { Agent, TestHarness } from "../../../test/test-app.js";
import { setCompanyPlan } from "../../companies/set-company-plan.js";

export type Owner = Agent & { me: Me };

/**
 * A firm on the Team plan with Billing enabled, three VAT rates (24 %, 9 %, 0 %), a resource code
 * and a client, the way a firm has them after its first classificator import.
 */
export async function billingFirm(t: TestHarness, companyName?: string) {
  const owner = await t.signUp(companyName ? { companyName } : {});
  await setCompanyPlan(t.database.db, owner.me.company.name, "team");
  expect((await owner.post("/api/apps/billing/enable")).status).toBe(200);
  const scope = new CompanyScope(t.database.db, owner.me.company.id);
  const [standard, reduced, zero] = await scope
    .insertMany(vatRates, [
      { name: "24% VAT", rate: "24.0000", taxType: "OUTPUT24" },
      { name: "9% VAT", rate: "9.0000", taxType: "OUTPUT9" },
      { name: "0% VAT", rate: "0.0000", taxType: "ZERO" },
    ])
    .returning({ id: vatRates.id });
  const [code] = await scope
    .insertMany(resourceCodes, [{ code: "200", name: "Sales" }])
    .returning({ id: resourceCodes.id });
  const client = await addClient(owner, { name: "Alder Bakery OÜ", registryCode: "12345678" });
  return {
    owner,
    scope,
    vat: { standard: standard!.id, reduced: reduced!.id, zero: zero!.id },
    resourceCodeId: code!.id,
    client,
  };
}

export async function addClient(agent: Agent, body: CreateClientBody): Promise<ClientDetail> {
  const res = await agent.post<ClientDetail>("/api/clients", body);
  expect(res.status).toBe(201);
  return res.body;
}
