import { describe, expect, it } from "vitest";
import type { AppState } from "../../../shared/api/apps.js";
import type { ErrorBody } from "../../../shared/api/common.js";
import { setupTestApp } from "../../test/test-app.js";
import { setCompanyPlan } from "../companies/set-company-plan.js";

const t = setupTestApp();

const state = (apps: AppState[], app: string) => apps.find((a) => a.app === app)!;

describe("Settings & Apps", () => {
  it("on Free, lists Billing and Xero as not available with the reason, and refuses to enable them (402)", async () => {
    const owner = await t.signUp();
    const apps = await owner.get<AppState[]>("/api/apps");
    expect(apps.body).toEqual([
      {
        app: "billing",
        enabled: false,
        available: false,
        reason: expect.stringMatching(/Team or Elite plan.*Free/),
      },
      {
        app: "xero",
        enabled: false,
        available: false,
        reason: expect.stringMatching(/Team or Elite plan.*Free/),
      },
    ]);
    const res = await owner.post<ErrorBody>("/api/apps/xero/enable");
    expect(res.status).toBe(402);
    expect(res.body.error.code).toBe("plan_required");
    expect(res.body.error.message).toMatch(/Team or Elite/);
  });

  it("on Team, enables and disables apps for the company", async () => {
    const owner = await t.signUp({ companyName: "Acme" });
    await setCompanyPlan(t.database.db, "acme", "team");
    const enabled = await owner.post<AppState[]>("/api/apps/billing/enable");
    expect(enabled.status).toBe(200);
    expect(state(enabled.body, "billing")).toEqual({ app: "billing", enabled: true, available: true });
    expect(state(enabled.body, "xero").enabled).toBe(false);
    await owner.post("/api/apps/xero/enable");
    const disabled = await owner.post<AppState[]>("/api/apps/billing/disable");
    expect(disabled.body.map((a) => [a.app, a.enabled])).toEqual([
      ["billing", false],
      ["xero", true],
    ]);
  });

  it("shows an app as off when the plan drops below Team, and on again when it returns", async () => {
    const owner = await t.signUp({ companyName: "Acme" });
    await setCompanyPlan(t.database.db, "Acme", "elite");
    await owner.post("/api/apps/xero/enable");
    await setCompanyPlan(t.database.db, "Acme", "free");
    expect(state((await owner.get<AppState[]>("/api/apps")).body, "xero")).toMatchObject({
      enabled: false,
      available: false,
    });
    await setCompanyPlan(t.database.db, "Acme", "team");
    expect(state((await owner.get<AppState[]>("/api/apps")).body, "xero").enabled).toBe(true);
  });

  it("lets Members see the state but not change it (403)", async () => {
    const owner = await t.signUp({ companyName: "Acme" });
    await setCompanyPlan(t.database.db, "Acme", "team");
    const member = await t.join(owner, "member", "m@example.com");
    expect((await member.get<AppState[]>("/api/apps")).status).toBe(200);
    const res = await member.post<ErrorBody>("/api/apps/billing/enable");
    expect(res.status).toBe(403);
    expect(state((await owner.get<AppState[]>("/api/apps")).body, "billing").enabled).toBe(false);
  });

  it("answers 400 for an unknown app and 401 when not signed in", async () => {
    const owner = await t.signUp();
    const res = await owner.post<ErrorBody>("/api/apps/quickbooks/enable");
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      { field: "app", message: expect.stringMatching(/billing, xero/) },
    ]);
    expect((await t.agent().get("/api/apps")).status).toBe(401);
  });

  it("keeps each company's apps to itself", async () => {
    const acme = await t.signUp({ companyName: "Acme" });
    const globex = await t.signUp({ companyName: "Globex" });
    await setCompanyPlan(t.database.db, "Acme", "team");
    await setCompanyPlan(t.database.db, "Globex", "team");
    await acme.post("/api/apps/billing/enable");
    expect(state((await globex.get<AppState[]>("/api/apps")).body, "billing").enabled).toBe(false);
  });
});
