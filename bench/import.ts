import os from "node:os";
import { setCompanyPlan } from "../src/server/modules/companies/set-company-plan.js";
import { DEMO_FIRM_TENANT_ID } from "../xero-sandbox/src/sandbox.js";
import { startBenchKontor } from "./bench-kontor.js";

const CONTACTS = Number(process.env.CONTACTS ?? 10_000);
/** The client list is measured with this many clients: the import's, topped up by hand-made ones. */
const CLIENTS = Number(process.env.CLIENTS ?? 10_000);
const kontor = await startBenchKontor({ name: "import", port: 3170 });
const { server } = kontor;
const base = server.url;
const sandboxUrl = new URL(server.deps.integrations.providers.xero.settings.issuerUrl).origin;
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
  return (res.status === 204 ? undefined : await res.json()) as T;
}

async function sandbox<T>(method: string, p: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sandboxUrl}/__sandbox${p}`, {
    method,
    headers: { "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

type Run = {
  id: string;
  status: string;
  candidates: { xeroContactId: string; supplierOnly: boolean }[];
  summary?: unknown;
};

/** The longest a progress poll waited: the progress bar must keep moving during an import. */
let slowestPoll = 0;

async function until(id: string, status: string): Promise<Run> {
  let shown = 0;
  for (;;) {
    const asked = performance.now();
    const run = await api<Run & { progress: unknown }>(
      "GET",
      `/api/integrations/xero/imports/${id}?candidates=none`,
    );
    const waited = performance.now() - asked;
    slowestPoll = Math.max(slowestPoll, waited);
    if (process.env.TRACE)
      console.error(`  poll ${waited.toFixed(0)} ms ${run.status} ${JSON.stringify(run.progress)}`);
    if (performance.now() - shown > 2000) {
      shown = performance.now();
      console.error(`  ${run.status} ${JSON.stringify(run.progress)}`);
    }
    if (run.status === status) return api<Run>("GET", `/api/integrations/xero/imports/${id}`);
    if (run.status === "failed") throw new Error(`import failed: ${JSON.stringify(run)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function importAll(): Promise<{
  ms: number;
  previewMs: number;
  xeroCalls: number;
  tooMany: number;
  summary: unknown;
}> {
  await sandbox("DELETE", "/requests");
  const started = performance.now();
  const { id } = await api<{ id: string }>("POST", "/api/integrations/xero/imports");
  const ready = await until(id, "ready");
  const previewMs = performance.now() - started;
  const ids = ready.candidates.filter((c) => !c.supplierOnly).map((c) => c.xeroContactId);
  await api("POST", `/api/integrations/xero/imports/${id}/confirm`, { xeroContactIds: ids });
  const done = await until(id, "done");
  const ms = performance.now() - started;
  const log = await sandbox<{ requests: { path: string; status: number }[] }>("GET", "/requests");
  const calls = log.requests.filter((r) => r.path.includes("/api.xro/2.0/Contacts"));
  return {
    ms: Math.round(ms),
    previewMs: Math.round(previewMs),
    xeroCalls: calls.length,
    tooMany: log.requests.filter((r) => r.status === 429).length,
    summary: done.summary,
  };
}

function percentile(sorted: number[], q: number): number {
  return Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2));
}

try {
  await sandbox("POST", "/seed", { profile: "empty", contacts: CONTACTS });
  await api("POST", "/api/auth/signup", {
    companyName: "Bench Firm",
    name: "Bench",
    email: "bench@example.com",
    password: "bench password 1",
  });
  await setCompanyPlan(server.deps.database.db, "Bench Firm", "team");
  await api("POST", "/api/apps/xero/enable");
  const { url } = await api<{ url: string }>("POST", "/api/integrations/xero/authorize");
  const q = new URL(url).searchParams;
  const { redirect } = await sandbox<{ redirect: string }>("POST", "/authorize", {
    ...Object.fromEntries(q),
    email: "demo@kontor.test",
    tenantIds: [DEMO_FIRM_TENANT_ID],
  });
  const callback = new URL(redirect);
  await fetch(`${base}${callback.pathname}${callback.search}`, {
    headers: { Cookie: cookie },
    redirect: "manual",
  });

  const first = await importAll();
  const clientsAfterFirst = await api<{ total: number }>("GET", "/api/clients?pageSize=1");
  const { rows: before } = await server.deps.database.executeSql(
    "select max(updated_at) as u, count(*)::int as n from clients",
  );
  const second = await importAll();
  const { rows: after } = await server.deps.database.executeSql(
    "select max(updated_at) as u, count(*)::int as n from clients",
  );

  // Hand-made clients (no Xero link) bring the register to CLIENTS.
  const words = ["Bakery", "Builders", "Group", "Dental", "Studio", "Consulting", "Garden", "Motors"];
  for (let i = clientsAfterFirst.total; i < CLIENTS; i++) {
    await api("POST", "/api/clients", {
      name: `${words[i % words.length]} ${["North", "South", "East", "West"][i % 4]} ${i} OÜ`,
      registryCode: `HM-${i}`,
      email: `office${i}@example.ee`,
    });
  }
  const { total: clientCount } = await api<{ total: number }>("GET", "/api/clients?pageSize=1&status=all");
  const me = await api<{ company: { id: string } }>("GET", "/api/me");

  const queries = [
    "",
    "q=ltd",
    "q=bak&sort=-name",
    "q=a&sort=-createdAt",
    "q=group&status=all",
    "xero=linked&sort=registryCode",
    // A contact person's first name: people's names are in the clients' search text.
    "q=amelia",
    "responsible=none&sort=-updatedAt",
  ];
  // A user's search: its first page counts the matches; the next pages reuse that total (until
  // the company's clients change). Each round starts every search afresh.
  const latencies: number[] = [];
  const firstPages: number[] = [];
  const laterPages: number[] = [];
  const byQuery = new Map<string, number[]>();
  for (let round = 0; round < 10; round++) {
    for (const query of queries) {
      server.deps.clientTotals.forgetCompany(me.company.id);
      for (let page = 1; page <= 5; page++) {
        const t0 = performance.now();
        await api("GET", `/api/clients?pageSize=50&page=${page}&${query}`);
        const ms = performance.now() - t0;
        latencies.push(ms);
        (page === 1 ? firstPages : laterPages).push(ms);
        byQuery.set(query, [...(byQuery.get(query) ?? []), ms]);
      }
    }
  }
  const slowestByQuery = Object.fromEntries(
    [...byQuery].map(([q, ms]) => [
      q || "(no search)",
      percentile(
        ms.sort((a, b) => a - b),
        0.95,
      ),
    ]),
  );
  for (const list of [latencies, firstPages, laterPages]) list.sort((a, b) => a - b);

  console.log(
    JSON.stringify(
      {
        machine: `${os.cpus().length} cores, node ${process.version}`,
        database: server.deps.database.kind,
        contacts: CONTACTS,
        firstImport: { ...first, allowedXeroCalls: Math.ceil(CONTACTS / 1000) + 3 },
        clientsAfterFirstImport: clientsAfterFirst.total,
        reimport: second,
        slowestProgressPollMs: Math.round(slowestPoll),
        reimportWroteNothing:
          before[0]!.u?.toString() === after[0]!.u?.toString() && before[0]!.n === after[0]!.n,
        clientList: {
          clients: clientCount,
          requests: latencies.length,
          p50: percentile(latencies, 0.5),
          p95: percentile(latencies, 0.95),
          max: percentile(latencies, 1),
          firstPageP95: percentile(firstPages, 0.95),
          laterPagesP95: percentile(laterPages, 0.95),
          p95ByQuery: slowestByQuery,
        },
      },
      null,
      2,
    ),
  );
} finally {
  await kontor.stop();
}
