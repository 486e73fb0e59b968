import os from "node:os";
import { setCompanyPlan } from "../src/server/modules/companies/set-company-plan.js";
import { startBenchKontor } from "./bench-kontor.js";

const INVOICES = Number(process.env.INVOICES ?? 20_000);
const CLIENTS = Number(process.env.CLIENTS ?? 500);
const ROUNDS = Number(process.env.ROUNDS ?? 20);

const kontor = await startBenchKontor({ name: "billing", port: 3171 });
const { server } = kontor;
const base = server.url;
const sql = server.deps.database.executeSql;
let cookie = "";

async function api<T>(method: string, p: string, body?: unknown): Promise<T> {
  const request = () =>
    fetch(`${base}${p}`, {
      method,
      headers: { "Content-Type": "application/json", Origin: base, Cookie: cookie },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  // A kept-alive connection the server closed while the seed ran fails once: ask again.
  const res = await request().catch((error: { cause?: { code?: string } }) => {
    if (error.cause?.code !== "ECONNRESET") throw error;
    return request();
  });
  const setCookie = res.headers.get("set-cookie");
  if (setCookie) cookie = setCookie.split(";")[0]!;
  if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

function percentile(sorted: number[], q: number): number {
  return Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2));
}

function summary(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: percentile(sorted, 1),
  };
}

/** One firm on Team with Billing on, CLIENTS clients and INVOICES invoices (one line each). */
async function seed(): Promise<{ companyId: string; clientId: string }> {
  await api("POST", "/api/auth/signup", {
    companyName: "Bench Firm",
    name: "Bench",
    email: "bench@example.com",
    password: "bench password 1",
  });
  await setCompanyPlan(server.deps.database.db, "Bench Firm", "team");
  await api("POST", "/api/apps/billing/enable");
  const me = await api<{ company: { id: string } }>("GET", "/api/me");
  const companyId = me.company.id;
  const started = performance.now();
  await sql(
    `insert into vat_rates (company_id, name, rate, tax_type) values ($1, '24% VAT', 24, 'OUTPUT24')`,
    [companyId],
  );
  const words = ["Bakery", "Builders", "Group", "Dental", "Studio", "Consulting", "Garden", "Motors"];
  await sql(
    `insert into clients (company_id, name, registry_code)
     select $1, ($2::text[])[1 + g % 8] || ' ' || (array['North','South','East','West'])[1 + g % 4] || ' ' || g || ' OÜ', 'R' || g
     from generate_series(1, $3::int) g`,
    [companyId, words, CLIENTS],
  );
  // 70 % issued (numbered in date order), 30 % in progress; two years of dates; totals vary.
  await sql(
    `insert into invoices (company_id, kind, number, number_sequence, status, client_id, date, due_date,
       currency, amounts_are, sub_total, total_tax, total, issued_at, created_at, updated_at)
     select $1, 'invoice',
       case when g % 10 < 7 then 'INV-' || g end, case when g % 10 < 7 then g end,
       case when g % 10 < 7 then 'created' else 'in_progress' end,
       c.id, d, d + 14, 'EUR', 'exclusive', amount, round(amount * 0.24, 2), amount + round(amount * 0.24, 2),
       case when g % 10 < 7 then d::timestamptz + interval '10 hours' end, d::timestamptz, d::timestamptz
     from generate_series(1, $2::int) g
     cross join lateral (select date '2024-01-01' + (g * 730 / $2::int) as d, ((g * 7919) % 500000) / 100.0 + 10 as amount) v
     join (select id, row_number() over (order by id) as n from clients where company_id = $1) c
       on c.n = 1 + (g * 31) % $3::int`,
    [companyId, INVOICES, CLIENTS],
  );
  await sql(
    `insert into invoice_lines (company_id, invoice_id, position, description, quantity, unit_price, tax_rate,
       line_amount, tax_amount)
     select company_id, id, 0, 'Bookkeeping', 1, sub_total, 24, sub_total, total_tax from invoices where company_id = $1`,
    [companyId],
  );
  await sql(`update billing_settings set next_number = $2 where company_id = $1`, [companyId, INVOICES + 1]);
  await sql(`insert into billing_settings (company_id, next_number) values ($1, $2) on conflict do nothing`, [
    companyId,
    INVOICES + 1,
  ]);
  // What the embedded database's hourly maintenance job (and autovacuum on a server) does.
  await sql("vacuum (analyze)");
  const { rows } = await sql("select id from clients where company_id = $1 order by name limit 1", [
    companyId,
  ]);
  console.error(
    `  seeded ${INVOICES} invoices for ${CLIENTS} clients in ${Math.round(performance.now() - started)} ms`,
  );
  return { companyId, clientId: rows[0]!.id as string };
}

const firm = await seed();

const sections: Record<string, () => Promise<unknown>> = {
  /**
   * The All invoices list, as the web app asks for it: a filter's first page (which counts its
   * matches), then its next page and another sort (which reuse the count until invoices change).
   */
  async list() {
    const shapes = [
      "",
      "status=created",
      "status=overdue&sort=dueDate",
      "status=in_progress&sort=client",
      `clientId=${firm.clientId}`,
      "from=2025-03-01&to=2025-05-31&sort=-total",
      "search=inv-1234",
      "search=bakery",
      "search=studio%20north&sort=client",
    ];
    const follow = ["page=2", "sort=-number", "sort=total&page=150", "sort=-client&page=300"];
    const first: number[] = [];
    const later: number[] = [];
    const byShape = new Map<string, number[]>();
    const get = async (query: string, into: number[], shape: string) => {
      const t0 = performance.now();
      const page = await api<{ items: unknown[]; total: number }>("GET", `/api/invoices?limit=50&${query}`);
      const ms = performance.now() - t0;
      into.push(ms);
      byShape.set(shape, [...(byShape.get(shape) ?? []), ms]);
      return page;
    };
    for (let round = 0; round < ROUNDS; round++) {
      // Each round starts every filter afresh, as after a change to the company's invoices.
      server.deps.clientTotals.forgetCompany(firm.companyId);
      for (const shape of shapes) {
        const page = await get(shape, first, shape);
        if (round === 0 && page.items.length === 0) console.error(`  note: "${shape}" found nothing`);
        const next = new URLSearchParams(shape);
        for (const [k, v] of new URLSearchParams(follow[round % follow.length])) next.set(k, v);
        await get(next.toString(), later, shape);
      }
    }
    // The same server's floor: the signed-in user alone (cached, no query) and the settings.
    const me: number[] = [];
    const settings: number[] = [];
    for (let i = 0; i < ROUNDS * 5; i++) {
      let t0 = performance.now();
      await api("GET", "/api/me");
      me.push(performance.now() - t0);
      t0 = performance.now();
      await api("GET", "/api/billing/settings");
      settings.push(performance.now() - t0);
    }
    return {
      invoices: INVOICES,
      floor: { "GET /api/me": summary(me), "GET /api/billing/settings": summary(settings) },
      all: summary([...first, ...later]),
      firstPages: summary(first),
      laterPages: summary(later),
      p95ByFilter: Object.fromEntries([...byShape].map(([s, ms]) => [s || "(default)", summary(ms).p95])),
    };
  },

  /** CSV export of everything the default filter shows. */
  async csv() {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/invoices.csv`, { headers: { Cookie: cookie } });
    const text = await res.text();
    return { rows: text.trim().split("\r\n").length - 1, ms: Math.round(performance.now() - t0) };
  },

  /** 20 issue requests at the same moment on 20 invoices: 20 distinct, consecutive numbers. */
  async issue() {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const created = await api<{ id: string }>("POST", "/api/invoices", {
        clientId: firm.clientId,
        lines: [{ description: "Bookkeeping", quantity: "1", unitPrice: "100" }],
      });
      ids.push(created.id);
    }
    const t0 = performance.now();
    const issued = await Promise.all(
      ids.map((id) => api<{ number: string }>("POST", `/api/invoices/${id}/issue`)),
    );
    const ms = performance.now() - t0;
    const numbers = issued.map((i) => Number(i.number.replace("INV-", ""))).sort((a, b) => a - b);
    const consecutive = numbers.every((n, i) => n === numbers[0]! + i);
    return {
      numbers: `${numbers[0]}…${numbers.at(-1)}`,
      distinct: new Set(numbers).size,
      consecutive,
      ms: Math.round(ms),
    };
  },
};

const chosen = (process.env.SECTIONS ?? Object.keys(sections).join(",")).split(",");
const results: Record<string, unknown> = {
  machine: `${os.cpus().length} cores, node ${process.version}`,
  database: server.deps.database.kind,
};
try {
  for (const name of chosen) {
    const section = sections[name];
    if (!section) throw new Error(`No section "${name}"; sections: ${Object.keys(sections).join(", ")}`);
    console.error(`  ${name}…`);
    results[name] = await section();
  }
  console.log(JSON.stringify(results, null, 2));
} finally {
  await kontor.stop();
}
