import { describe, expect, it } from "vitest";
import type { ErrorBody } from "../../../shared/api/common.js";
import type { Company } from "../../../shared/api/company.js";
import { setupTestApp } from "../../test/test-app.js";
import { listCompanies, setCompanyPlan } from "./set-company-plan.js";

const t = setupTestApp();

describe("company settings", () => {
  it("shows the company with its plan and member count, and lets the Owner rename it", async () => {
    const owner = await t.signUp({ companyName: "Acme" });
    const res = await owner.get<Company>("/api/company");
    expect(res.body).toMatchObject({ name: "Acme", plan: "free", memberCount: 1 });
    const renamed = await owner.patch<Company>("/api/company", { name: "Acme Accounting" });
    expect(renamed.body.name).toBe("Acme Accounting");
    await t.signUp({ companyName: "Globex" });
    const clash = await owner.patch<ErrorBody>("/api/company", { name: "globex" });
    expect(clash.status).toBe(409);
  });

  it("shows a plan set by the operator", async () => {
    const owner = await t.signUp({ companyName: "Acme" });
    await setCompanyPlan(t.database.db, "  ACME ", "elite");
    expect((await owner.get<Company>("/api/company")).body.plan).toBe("elite");
  });
});

describe("operator: set a company's plan", () => {
  it("refuses an unknown plan or company with a message saying what to do", async () => {
    await t.signUp({ companyName: "Acme" });
    await expect(setCompanyPlan(t.database.db, "Acme", "gold")).rejects.toThrow(/Plans: free, team, elite/);
    await expect(setCompanyPlan(t.database.db, "Nobody", "team")).rejects.toThrow(
      /npm run kontor -- companies/,
    );
    expect((await listCompanies(t.database.db)).map((c) => [c.name, c.plan])).toEqual([["Acme", "free"]]);
  });
});
