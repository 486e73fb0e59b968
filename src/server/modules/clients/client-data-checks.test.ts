import { describe, expect, it } from "vitest";
import type { ClientContact, ClientDetail, ClientList } from "../../../shared/api/clients.js";
import type { ErrorBody } from "../../../shared/api/common.js";
import { type Agent, setupTestApp } from "../../test/test-app.js";

const t = setupTestApp();

async function create(agent: Agent, body: Record<string, unknown>) {
  const res = await agent.post<ClientDetail>("/api/clients", body);
  expect(res.status).toBe(201);
  return res.body;
}

const fieldErrors = (res: { body: ErrorBody }) =>
  Object.fromEntries(
    (res.body.error.details as { field: string; message: string }[]).map((d) => [d.field, d.message]),
  );

describe("data checks on clients and people", () => {
  it("writes phone numbers internationally, with the client's country as the default region", async () => {
    const owner = await t.signUp();
    const estonian = await create(owner, {
      name: "Päike",
      phone: "5551 2345",
      address: { country: "Estonia" },
    });
    expect(estonian.phone).toBe("+372 5551 2345");
    const british = await create(owner, {
      name: "Redwood",
      phone: "020 7946 0958",
      address: { country: "GB" },
    });
    expect(british.phone).toBe("+44 20 7946 0958");
    expect((await create(owner, { name: "Anywhere", phone: "0044 20 7946 0958" })).phone).toBe(
      "+44 20 7946 0958",
    );

    const noCountry = await owner.post<ErrorBody>("/api/clients", { name: "X", phone: "5551 2345" });
    expect(noCountry.status).toBe(400);
    expect(fieldErrors(noCountry).phone).toBe(
      "Add the country code (e.g. +44 20 7946 0958), or fill in the client's country first.",
    );
    const tooShort = await owner.post<ErrorBody>("/api/clients", {
      name: "X",
      phone: "12",
      address: { country: "EE" },
    });
    expect(fieldErrors(tooShort).phone).toBe(
      "This is not a valid phone number in Estonia. Check it, or write it with its country code (e.g. +44 20 7946 0958).",
    );

    // An edit without the country is checked against the saved one.
    const finnish = await create(owner, { name: "Sauna Oy", address: { country: "Suomi" } });
    const edited = await owner.patch<ClientDetail>(`/api/clients/${finnish.id}`, { phone: "050 123 4567" });
    expect(edited.body.phone).toBe("+358 50 1234567");

    // People: their client's country, and e-mail syntax.
    const path = `/api/clients/${estonian.id}/contacts`;
    const mari = await owner.post<ClientContact>(path, { firstName: "Mari", phone: "5123 4567" });
    expect(mari.body.phone).toBe("+372 5123 4567");
    const bad = await owner.post<ErrorBody>(path, { firstName: "Jaan", phone: "1", email: "jaan@" });
    expect(Object.keys(fieldErrors(bad)).sort()).toEqual(["email"]);
    const badPhone = await owner.post<ErrorBody>(path, { firstName: "Jaan", phone: "1" });
    expect(fieldErrors(badPhone).phone).toMatch(/^This is not a valid phone number in Estonia\./);
    expect((await owner.patch<ErrorBody>(`${path}/${mari.body.id}`, { phone: "1" })).status).toBe(400);
  });

  it("checks a VAT number against its country's format, with or without the prefix", async () => {
    const owner = await t.signUp();
    const vat = async (vatNumber: string, country?: string) => {
      const res = await owner.post<ClientDetail & ErrorBody>("/api/clients", {
        name: `C ${Math.random()}`,
        vatNumber,
        ...(country ? { address: { country } } : {}),
      });
      return res.status === 201 ? res.body.vatNumber : fieldErrors(res).vatNumber;
    };
    expect(await vat("ee 101 234 567")).toBe("EE101234567");
    expect(await vat("101234567", "Estonia")).toBe("EE101234567");
    expect(await vat("GB 123 4567 89")).toBe("GB123456789");
    expect(await vat("123456789", "United Kingdom")).toBe("GB123456789");
    expect(await vat("DE 123456789")).toBe("DE123456789");
    expect(await vat("fi1234-5678")).toBe("FI12345678");
    expect(await vat("CHE-123.456.789 MWST")).toBe("CHE123456789MWST");
    expect(await vat("DE12345")).toBe(
      "Check the VAT number. A VAT number of Germany is DE and 9 digits, e.g. DE123456789.",
    );
    expect(await vat("1234", "Finland")).toBe(
      "Check the VAT number. A VAT number of Finland is FI and 8 digits, e.g. FI12345678.",
    );
    // A country Kontor has no format for: kept as typed.
    expect(await vat("12-3456789", "United States")).toBe("12-3456789");
    expect(await vat("ABN 51 824 753 556")).toBe("ABN 51 824 753 556");
  });

  it("takes a currency from ISO 4217's list only", async () => {
    const owner = await t.signUp();
    expect((await create(owner, { name: "A", currency: "gbp" })).currency).toBe("GBP");
    const made = await owner.post<ErrorBody>("/api/clients", { name: "B", currency: "ABC" });
    expect(made.status).toBe(400);
    expect(fieldErrors(made).currency).toBe("Choose a currency from the list, e.g. EUR.");
  });

  it("shows data saved before the checks, and checks a field only when it is changed", async () => {
    const owner = await t.signUp();
    await t.database.executeSql(
      `insert into clients (company_id, name, phone, vat_number, email, currency, country)
       values ($1, 'Old Data Ltd', '12', 'DE1', 'nope', 'XXX', 'Germany')`,
      [owner.me.company.id],
    );
    const [old] = (await owner.get<ClientList>("/api/clients")).body.items;
    expect(old).toMatchObject({ phone: "12", vatNumber: "DE1", email: "nope", currency: "XXX" });
    const renamed = await owner.patch<ClientDetail>(`/api/clients/${old!.id}`, {
      name: "Old Data GmbH",
      phone: "12",
      vatNumber: "DE1",
      address: { country: "Germany" },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "Old Data GmbH", phone: "12", vatNumber: "DE1" });
    const changed = await owner.patch<ErrorBody>(`/api/clients/${old!.id}`, {
      phone: "13",
      vatNumber: "DE2",
    });
    expect(Object.keys(fieldErrors(changed)).sort()).toEqual(["phone", "vatNumber"]);
  });
});

describe("a second client of the same name", () => {
  it("is refused with the existing client, unless the user chose to create another", async () => {
    const owner = await t.signUp();
    const redwood = await create(owner, { name: "Redwood Wines Ltd" });
    for (const name of ["Redwood Wines Ltd", "redwood  wines", "REDWOOD WINES LIMITED", "Redwood-Wines"]) {
      const again = await owner.post<ErrorBody>("/api/clients", { name });
      expect(again.status).toBe(409);
      expect(again.body.error).toEqual({
        code: "duplicate_client",
        message: "Redwood Wines Ltd already exists. Open it, or create another client of the same name.",
        details: { existingClient: { id: redwood.id, name: "Redwood Wines Ltd", archived: false } },
      });
    }
    await create(owner, { name: "Redwood Wine Bar" });
    const another = await create(owner, { name: "Redwood Wines Ltd", allowDuplicateName: true });
    expect(another.id).not.toBe(redwood.id);

    await owner.patch(`/api/clients/${redwood.id}`, { archived: true });
    await owner.post("/api/clients", { name: "Päikese Pagar OÜ" });
    const accented = await owner.post<ErrorBody>("/api/clients", { name: "AS Päikese pagar" });
    expect(accented.body.error.message).toBe(
      "Päikese Pagar OÜ already exists. Open it, or create another client of the same name.",
    );
    // Another company's client of that name is no duplicate.
    const other = await t.signUp();
    await create(other, { name: "Redwood Wines Ltd" });
  });
});
