import { describe, expect, it } from "vitest";
import type { ClientDetail } from "../../../shared/api/clients.js";
import type { ErrorBody } from "../../../shared/api/common.js";
import type { Company } from "../../../shared/api/company.js";
import { APPS } from "../../../shared/apps.js";
import { setCompanyPlan } from "../../modules/companies/set-company-plan.js";
import { apiOperations, urlOf } from "../../test/api-operations.js";
import { PUBLIC_URL, setupTestApp } from "../../test/test-app.js";

const t = setupTestApp();

describe("a request without its JSON body", () => {
  it("is refused with 400 on every route that takes one", async () => {
    const owner = await t.signUp();
    // Every app on, so no route is refused for its plan first.
    await setCompanyPlan(t.database.db, owner.me.company.name, "elite");
    for (const app of APPS) expect((await owner.post(`/api/apps/${app}/enable`)).status).toBe(200);
    const withBody = (await apiOperations(owner)).filter((op) => op.body && op.bodyRequired);
    expect(withBody.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const op of withBody) {
      const res = await owner.request<ErrorBody>(op.method, urlOf(op));
      if (res.status !== 400 || res.body.error?.code !== "bad_request") {
        wrong.push(`${op.method} ${op.path}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("changes nothing: a PATCH with no body, or a body without a JSON Content-Type, leaves the client as it was", async () => {
    const owner = await t.signUp({ companyName: "Acme" });
    const client = (await owner.post<ClientDetail>("/api/clients", { name: "Mari" })).body;
    t.clock.advance(60_000);
    const url = `/api/clients/${client.id}`;
    const empty = await owner.request<ErrorBody>("PATCH", url);
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/needs a JSON body/);
    // Bytes, unlike a string, get no Content-Type of their own.
    const untyped = await t.app.request(`${PUBLIC_URL}${url}`, {
      method: "PATCH",
      headers: { Origin: PUBLIC_URL, Cookie: owner.cookie! },
      body: new TextEncoder().encode(JSON.stringify({ name: "Other" })),
    });
    expect(untyped.status).toBe(400);
    const text = await owner.request<ErrorBody>("PATCH", url, JSON.stringify({ name: "Other" }), {
      "Content-Type": "text/plain",
    });
    expect(text.status).toBe(415);
    expect(text.body.error.message).toMatch(/Content-Type: application\/json/);
    expect((await owner.get<ClientDetail>(url)).body).toEqual(client);

    expect((await owner.request("PATCH", "/api/company")).status).toBe(400);
    expect((await owner.get<Company>("/api/company")).body.name).toBe("Acme");
  });
});
