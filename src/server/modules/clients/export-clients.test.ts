import { describe, expect, it } from "vitest";
import type { BulkClientsResult, ClientDetail, ClientIds, ClientList } from "../../../shared/api/clients.js";
import { PUBLIC_URL, setupTestApp } from "../../test/test-app.js";
import { csvField } from "./csv.js";

const t = setupTestApp();

/** RFC 4180 read back: fields, quoted ones with doubled quotes and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const pattern = /("((?:[^"]|"")*)"|[^,\r\n]*)(,|\r\n|$)/gy;
  let row: string[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match.index === text.length) break;
    row.push(match[2] !== undefined ? match[2].replace(/""/g, '"') : match[1]!);
    if (match[3] !== ",") {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

describe("Export CSV", () => {
  it("writes every client the filter shows, as Excel reads it", async () => {
    const owner = await t.signUp();
    const maria = await t.join(owner, "member", "maria@example.com");
    const tricky = await owner.post<ClientDetail>("/api/clients", {
      name: 'Päikese "Pagar", OÜ',
      notes: "Two\nlines",
      email: "info@paike.ee",
      phone: "+372 5551 2345",
      address: { country: "EE" },
      responsibleUserId: maria.me.user.id,
    });
    await owner.post(`/api/clients/${tricky.body.id}/contacts`, { firstName: "Mari", lastName: "Maasikas" });
    await owner.post("/api/clients", { name: "=HYPERLINK(1)" });
    const gone = await owner.post<ClientDetail>("/api/clients", { name: "Gone Bakery" });
    await owner.patch(`/api/clients/${gone.body.id}`, { archived: true });

    const res = await owner.get<string>("/api/clients.csv?sort=-name");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="clients-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    // The bytes as sent (a decoder drops the byte order mark): UTF-8's EF BB BF first.
    const raw = await t.app.request(`${PUBLIC_URL}/api/clients.csv`, { headers: { Cookie: owner.cookie! } });
    const bytes = new Uint8Array(await raw.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([0xef, 0xbb, 0xbf, ...Buffer.from("Name,")]);
    const rows = parseCsv(res.body);
    expect(rows.map((r) => r[0])).toEqual(["Name", 'Päikese "Pagar", OÜ', "'=HYPERLINK(1)"]);
    const header = rows[0]!;
    const paike = Object.fromEntries(header.map((h, i) => [h, rows[1]![i]]));
    expect(paike).toMatchObject({
      "E-mail": "info@paike.ee",
      Phone: "+372 5551 2345",
      "Responsible person": maria.me.user.name,
      "Primary person": "Mari Maasikas",
      Status: "Active",
      Notes: "Two\nlines",
    });
    const archived = parseCsv((await owner.get<string>("/api/clients.csv?status=archived")).body);
    expect(archived.map((r) => r[0])).toEqual(["Name", "Gone Bakery"]);
    expect((await owner.get("/api/clients.csv?status=gone")).status).toBe(400);
    expect((await t.agent().get("/api/clients.csv")).status).toBe(401);
  });

  it("streams a large register whole, and “select all” takes it to a bulk action", async () => {
    const owner = await t.signUp();
    await t.database.executeSql(
      `insert into clients (company_id, name) select $1, 'Client ' || lpad(i::text, 4, '0') from generate_series(1, 1234) i`,
      [owner.me.company.id],
    );
    const rows = parseCsv((await owner.get<string>("/api/clients.csv")).body);
    expect(rows).toHaveLength(1235);
    expect(rows[1]![0]).toBe("Client 0001");
    expect(rows[1234]![0]).toBe("Client 1234");

    const all = await owner.get<ClientIds>("/api/clients/ids");
    expect(all.body.total).toBe(1234);
    const archived = await owner.post<BulkClientsResult>("/api/clients/bulk", {
      action: "archive",
      ids: all.body.ids,
    });
    expect(archived.body).toEqual({ action: "archive", clients: 1234, changed: 1234 });
    expect((await owner.get<ClientList>("/api/clients")).body.total).toBe(0);
  });

  it("quotes as RFC 4180 says and keeps a spreadsheet from running a formula", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "b"')).toBe('"a ""b"""');
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField(null)).toBe("");
    expect(csvField("=1+2")).toBe("'=1+2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvField("+372 5551 2345")).toBe("+372 5551 2345");
    expect(csvField("-5")).toBe("-5");
  });
});
