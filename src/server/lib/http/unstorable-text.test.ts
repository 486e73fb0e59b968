import { describe, expect, it } from "vitest";
import type { ApiToken } from "../../../shared/api/auth.js";
import type { ClientContact, ClientDetail, ClientList } from "../../../shared/api/clients.js";
import type { ErrorBody, FieldError } from "../../../shared/api/common.js";
import type { Company } from "../../../shared/api/company.js";
import type { CreatedInvite } from "../../../shared/api/members.js";
import { apiOperations, bodyTextFields, urlOf } from "../../test/api-operations.js";
import { type ApiResponse, PUBLIC_URL, setupTestApp } from "../../test/test-app.js";

const t = setupTestApp();

const NUL = "\u0000";
const withNul = (text: string) => `${text}${NUL}${text}`;

/** What a refusal of text the database cannot store looks like: 400, naming the field. */
function refusal(res: ApiResponse<unknown>, field: string, why = /U\+0000/): string | null {
  const details = ((res.body as ErrorBody | undefined)?.error?.details ?? []) as FieldError[];
  const named = details.some((d) => d.field === field && why.test(d.message));
  return res.status === 400 && named ? null : `${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
}

function expectRefused(res: ApiResponse<unknown>, field: string, why?: RegExp) {
  expect(refusal(res, field, why)).toBeNull();
}

describe("text the database cannot store", () => {
  it("is refused with 400 naming the field, in every path parameter, query parameter and body field the API documents", async () => {
    const owner = await t.signUp();
    const cases: { name: string; method: string; url: string; body: unknown; field: string }[] = [];
    for (const op of await apiOperations(owner)) {
      const name = `${op.method} ${op.path}`;
      const emptyBody = op.body ? {} : undefined;
      for (const param of op.parameters.filter((p) => p.schema.type === "string")) {
        if (param.in === "path") {
          const value = encodeURIComponent(withNul("a".repeat(21)));
          const url = urlOf(op, { [param.name]: value });
          cases.push({
            name: `${name} {${param.name}}`,
            method: op.method,
            url,
            body: emptyBody,
            field: "(path)",
          });
        } else if (param.in === "query") {
          const url = urlOf(op, {}, `?${param.name}=${encodeURIComponent(withNul("a"))}`);
          cases.push({
            name: `${name} ?${param.name}`,
            method: op.method,
            url,
            body: emptyBody,
            field: param.name,
          });
        }
      }
      for (const { field, body } of bodyTextFields(op, withNul("a"))) {
        cases.push({ name: `${name} ${field}`, method: op.method, url: urlOf(op), body, field });
      }
    }
    // The document is read right: the inputs the probe found answering 500 are among the cases.
    expect(cases.length).toBeGreaterThan(50);
    const names = cases.map((c) => c.name);
    for (const expected of [
      "POST /auth/signup companyName",
      "POST /auth/tokens name",
      "POST /invites/{token}/accept name",
      "GET /invites/{token} {token}",
      "PATCH /company name",
      "POST /integrations/{provider}/tenant tenantId",
      "GET /clients ?q",
      "PATCH /clients/{id} address.city",
      "POST /clients/{id}/contacts firstName",
      "POST /integrations/{provider}/imports/{id}/confirm resolutions.0.xeroContactId",
      "GET /integrations/{provider}/callback ?code",
    ]) {
      expect(names).toContain(expected);
    }
    const wrong: string[] = [];
    for (const c of cases) {
      const problem = refusal(await owner.request(c.method, c.url, c.body), c.field);
      if (problem) wrong.push(`${c.name}: ${problem}`);
    }
    expect(wrong).toEqual([]);
  });

  it("refuses it on the routes the probe named, and changes nothing", async () => {
    const owner = await t.signUp({ companyName: "Acme" });
    const signup = {
      companyName: "Beta",
      name: "Bea",
      email: "bea@example.com",
      password: "correct horse battery",
    };
    expectRefused(
      await t.agent().post("/api/auth/signup", { ...signup, companyName: withNul("Beta") }),
      "companyName",
    );
    expect((await t.agent().post("/api/auth/signup", signup)).status).toBe(201);

    expectRefused(await owner.post("/api/auth/tokens", { name: withNul("Nightly") }), "name");
    expect((await owner.get<ApiToken[]>("/api/auth/tokens")).body).toEqual([]);

    const invite = await owner.post<CreatedInvite>("/api/members/invites", {
      email: "k@example.com",
      role: "admin",
    });
    const token = invite.body.link.split("/").pop()!;
    const accept = { name: withNul("Kadri"), password: "another good password" };
    expectRefused(await t.agent().post(`/api/invites/${token}/accept`, accept), "name");
    expect((await t.agent().get(`/api/invites/${token}`)).status).toBe(200);

    expectRefused(await owner.patch("/api/company", { name: withNul("Acme") }), "name");
    expect((await owner.get<Company>("/api/company")).body.name).toBe("Acme");

    expectRefused(await owner.post("/api/clients", { name: "Mari", notes: withNul("x") }), "notes");
    expect((await owner.get<ClientList>("/api/clients")).body.total).toBe(0);
    const client = (await owner.post<ClientDetail>("/api/clients", { name: "Mari" })).body;
    t.clock.advance(60_000);
    expectRefused(
      await owner.patch(`/api/clients/${client.id}`, { address: { city: withNul("Tartu") } }),
      "address.city",
    );
    expect((await owner.get<ClientDetail>(`/api/clients/${client.id}`)).body).toEqual(client);
    expectRefused(await owner.get(`/api/clients?q=${encodeURIComponent(withNul("Mari"))}`), "q");

    const contacts = `/api/clients/${client.id}/contacts`;
    expectRefused(await owner.post(contacts, { firstName: withNul("Jaan") }), "firstName");
    const person = (await owner.post<ClientContact>(contacts, { firstName: "Jaan" })).body;
    expectRefused(await owner.patch(`${contacts}/${person.id}`, { role: withNul("CEO") }), "role");
    expect((await owner.get<ClientContact[]>(contacts)).body).toEqual([person]);
  });

  it("refuses a lone surrogate, a NUL in a key, and a NUL in a form body the same way", async () => {
    const owner = await t.signUp();
    expectRefused(await owner.post("/api/clients", { name: "a\ud800b" }), "name", /broken character/);
    expectRefused(await owner.post("/api/clients", { name: "A", [withNul("x")]: 1 }), "(key)");
    const form = await t.app.request(`${PUBLIC_URL}/api/clients`, {
      method: "POST",
      headers: {
        Origin: PUBLIC_URL,
        Cookie: owner.cookie!,
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: `name=${encodeURIComponent(withNul("A"))}`,
    });
    expectRefused({ status: form.status, headers: form.headers, body: await form.json() }, "name");
    expect((await owner.get<ClientList>("/api/clients")).body.total).toBe(0);
  });
});
