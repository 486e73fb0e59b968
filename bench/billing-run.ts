import os from "node:os";
import { setCompanyPlan } from "../src/server/modules/companies/set-company-plan.js";
import { startBenchKontor } from "./bench-kontor.js";

const CLIENTS = Number(process.env.CLIENTS ?? 2_000);
const PERIOD = "2026-11";

const kontor = await startBenchKontor({ name: "billing-run", port: 3172 });
const { server } = kontor;
const base = server.url;
const sql = server.deps.database.executeSql;
let cookie = "";

async function api<T>(method: string, p: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${p}`, {
    method,
    headers: { "Content-Type": "application/json", Origin: base, Cookie: cookie },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const setCookie = res.headers.get("set-cookie");
  if (setCookie) cookie = setCookie.split(";")[0]!;
  if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** One firm on Team with Billing on, CLIENTS clients, each with a contract of three lines. */
async function seed(): Promise<number> {
  await api("POST", "/api/auth/signup", {
    companyName: "Bench Firm",
    name: "Bench",
    email: "bench@example.com",
    password: "bench password 1",
  });
  await setCompanyPlan(server.deps.database.db, "Bench Firm", "team");
  await api("POST", "/api/apps/billing/enable");
  const { company } = await api<{ company: { id: string } }>("GET", "/api/me");
  const started = performance.now();
  await sql(
    `insert into vat_rates (company_id, name, rate, tax_type) values ($1, '24% VAT', 24, 'OUTPUT24')`,
    [company.id],
  );
  await sql(
    `insert into products (company_id, code, name, unit_price, vat_rate_id)
     select $1, code, code || ' fee', price, (select id from vat_rates where company_id = $1)
     from (values ('BK', 150.00), ('PAY', 12.50), ('VAT', 45.00)) p(code, price)`,
    [company.id],
  );
  await sql(
    `insert into clients (company_id, name, registry_code)
     select $1, 'Client ' || g || ' OÜ', 'R' || g from generate_series(1, $2::int) g`,
    [company.id, CLIENTS],
  );
  // Billing days late in the month, so today's schedule (the bench's real clock) leaves them be.
  await sql(
    `insert into contracts (company_id, client_id, billing_day)
     select $1, id, 25 + (row_number() over (order by id))::int % 4 from clients where company_id = $1`,
    [company.id],
  );
  await sql(
    `insert into contract_lines (company_id, contract_id, position, product_id, quantity, unit_price, frequency, start_month)
     select $1, c.id, p.position, p.id, p.quantity, p.unit_price, p.frequency, '2026-02'
     from contracts c
     cross join (select id, case code when 'BK' then 0 when 'PAY' then 1 else 2 end as position,
                   case code when 'PAY' then 7.5 else 1 end as quantity,
                   case code when 'BK' then null else 9.99 end as unit_price,
                   case code when 'VAT' then 'quarterly' else 'monthly' end as frequency
                 from products where company_id = $1) p
     where c.company_id = $1`,
    [company.id],
  );
  return Math.round(performance.now() - started);
}

interface Run {
  status: string;
  created: number;
  skipped: number;
  progress: { done: number; total: number };
  problems: unknown[];
}

/** Starts a run of the period and waits for it to finish; answers it with the time it took. */
async function runPeriod() {
  const started = performance.now();
  const { id } = await api<{ id: string }>("POST", "/api/billing/runs", { period: PERIOD });
  for (;;) {
    const run = await api<Run>("GET", `/api/billing/runs/${id}`);
    if (run.status === "done" || run.status === "failed") {
      return { seconds: Number(((performance.now() - started) / 1000).toFixed(2)), ...run };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

try {
  const seedMs = await seed();
  console.error("  first run…");
  const first = await runPeriod();
  console.error("  second run…");
  const second = await runPeriod();
  const [count] = (await sql("select count(*)::int as n from invoices", [])).rows as { n: number }[];
  console.log(
    JSON.stringify(
      {
        machine: `${os.cpus().length} cores, node ${process.version}`,
        database: server.deps.database.kind,
        clients: CLIENTS,
        seedMs,
        first: { ...first, problems: first.problems.length },
        second: { ...second, problems: second.problems.length },
        invoicesInDatabase: count?.n,
        target: "first run < 30 s; second run creates nothing",
      },
      null,
      2,
    ),
  );
} finally {
  await kontor.stop();
}
