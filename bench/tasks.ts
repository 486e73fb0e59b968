import os from "node:os";
import { CompanyScope } from "../src/server/db/company-scope.js";
import { generateWorkflowTasks } from "../src/server/modules/work/workflows/generate-workflow-tasks.js";
import { startBenchKontor } from "./bench-kontor.js";

/**
 * Issue 13's speed targets: the daily generation for 2,000 clients with 3 templates each (and a
 * second run the same day writing nothing), My tasks and All tasks with 100,000 tasks, and a
 * template applied to 500 clients at once.
 */
const CLIENTS = Number(process.env.CLIENTS ?? 2_000);
const TASKS = Number(process.env.TASKS ?? 100_000);
const ROUNDS = Number(process.env.ROUNDS ?? 20);

const kontor = await startBenchKontor({ name: "tasks", port: 3173 });
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
  const res = await request().catch((error: { cause?: { code?: string } }) => {
    if (error.cause?.code !== "ECONNRESET") throw error;
    return request();
  });
  const setCookie = res.headers.get("set-cookie");
  if (setCookie) cookie = setCookie.split(";")[0]!;
  if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

function summary(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 100) / 100;
  return { requests: sorted.length, p50: at(0.5), p95: at(0.95), max: at(1) };
}

const count = async (table: string, companyId: string) =>
  Number(
    (await sql(`select count(*)::int as n from ${table} where company_id = $1`, [companyId])).rows[0]!.n,
  );

await api("POST", "/api/auth/signup", {
  companyName: "Bench Firm",
  name: "Bench",
  email: "bench@example.com",
  password: "bench password 1",
});
const me = await api<{ user: { id: string }; company: { id: string } }>("GET", "/api/me");
const companyId = me.company.id;
const scope = new CompanyScope(server.deps.database.db, companyId);
// Four colleagues: each client has one of the five as its responsible person.
await sql(
  `insert into users (company_id, email, name, role, password_hash)
   select $1, 'colleague' || g || '@example.com', 'Colleague ' || g, 'member', 'x' from generate_series(1, 4) g`,
  [companyId],
);
await sql(
  `insert into clients (company_id, name, responsible_user_id)
   select $1, 'Client ' || lpad(g::text, 5, '0') || ' OÜ', u.id
   from generate_series(1, $2::int) g
   join (select id, row_number() over (order by id) - 1 as n from users where company_id = $1) u on u.n = g % 5`,
  [companyId, CLIENTS + 500],
);
const templates = await api<{ items: { id: string; name: string }[] }>("GET", "/api/workflow-templates");
const chosen = ["Monthly bookkeeping", "Monthly VAT return", "Quarterly VAT return"].map(
  (name) => templates.items.find((t) => t.name === name)!.id,
);
const results: Record<string, unknown> = {
  machine: `${os.cpus().length} cores, node ${process.version}`,
  database: server.deps.database.kind,
};

try {
  // The daily generation: the three templates on CLIENTS clients, as applied earlier (none made yet).
  await sql(
    `insert into client_workflows (company_id, client_id, template_id, name, starts_on)
     select $1, c.id, t.id, t.name, current_date - 40
     from (select id from clients where company_id = $1 order by name limit $2) c
     cross join (select id, name from workflow_templates where id = any($3::uuid[])) t`,
    [companyId, CLIENTS, chosen],
  );
  let t0 = performance.now();
  const first = await generateWorkflowTasks(scope, { now: new Date() });
  const firstMs = performance.now() - t0;
  const before = {
    tasks: await count("tasks", companyId),
    occurrences: await count("workflow_occurrences", companyId),
  };
  const stamp = (
    await sql("select max(updated_at)::text as at from client_workflows where company_id = $1", [companyId])
  ).rows[0]!.at;
  t0 = performance.now();
  const second = await generateWorkflowTasks(scope, { now: new Date() });
  const secondMs = performance.now() - t0;
  const after = {
    tasks: await count("tasks", companyId),
    occurrences: await count("workflow_occurrences", companyId),
  };
  const stampAfter = (
    await sql("select max(updated_at)::text as at from client_workflows where company_id = $1", [companyId])
  ).rows[0]!.at;
  results.generation = {
    workflows: CLIENTS * 3,
    firstRun: { tasksCreated: first.tasksCreated, ms: Math.round(firstMs) },
    secondRun: {
      tasksCreated: second.tasksCreated,
      ms: Math.round(secondMs),
      wroteNothing:
        before.tasks === after.tasks && before.occurrences === after.occurrences && stamp === stampAfter,
    },
  };
  console.error("  generation done", JSON.stringify(results.generation));

  // Applying a template to 500 clients at once, through the API.
  const fresh = (
    await sql("select id from clients where company_id = $1 order by name desc limit 500", [companyId])
  ).rows.map((r) => r.id as string);
  t0 = performance.now();
  const applied = await api<{ applied: number; tasksCreated: number }>(
    "POST",
    `/api/workflow-templates/${chosen[0]}/apply`,
    { clientIds: fresh },
  );
  results.apply500 = { ...applied, ms: Math.round(performance.now() - t0) };
  console.error("  apply done", JSON.stringify(results.apply500));

  // Lists with TASKS tasks: the rest made by hand over two years, spread over people and topics.
  const extra = TASKS - (await count("tasks", companyId));
  await sql(
    `with c as (select id, responsible_user_id, row_number() over (order by id) - 1 as n from clients where company_id = $1),
          tp as (select id, row_number() over (order by id) - 1 as n from topics where company_id = $1),
          made as (
            insert into tasks (company_id, client_id, title, topic_id, status, deadline)
            select $1, c.id, 'Task ' || g, tp.id,
              (array['not_started','in_progress','done','done'])[1 + g % 4],
              current_date - 365 + (g * 730 / $2::int)
            from generate_series(1, $2::int) g
            join c on c.n = (g * 7919) % (select count(*) from c)
            join tp on tp.n = g % 6
            returning id, client_id)
     insert into task_assignees (company_id, task_id, user_id)
     select $1, made.id, c.responsible_user_id from made join c on c.id = made.client_id`,
    [companyId, extra],
  );
  await sql(
    `insert into task_assignees (company_id, task_id, user_id)
     select t.company_id, t.id, c.responsible_user_id from tasks t join clients c on c.id = t.client_id
     where t.company_id = $1 and c.responsible_user_id is not null
     on conflict do nothing`,
    [companyId],
  );
  await sql("vacuum (analyze)");
  const someClient = (await sql("select id from clients where company_id = $1 limit 1 offset 7", [companyId]))
    .rows[0]!.id as string;
  const topic = (await sql("select id from topics where company_id = $1 limit 1", [companyId])).rows[0]!
    .id as string;
  const shapes = {
    "My tasks": "assignee=me&status=open",
    "My tasks, page 3": "assignee=me&status=open&page=3",
    "All tasks": "",
    "All tasks, open": "status=open",
    "All tasks, overdue": "status=overdue",
    "All tasks, a client": `clientId=${someClient}`,
    "All tasks, a topic, open": `topicId=${topic}&status=open`,
    "All tasks, a month": `from=${new Date().toISOString().slice(0, 8)}01&to=${new Date().toISOString().slice(0, 8)}28`,
    "All tasks, a person and a topic": `assignee=${me.user.id}&topicId=${topic}`,
    "All tasks, page 40": "page=40",
  };
  const all: number[] = [];
  const byShape: Record<string, number> = {};
  for (const [name, query] of Object.entries(shapes)) {
    const ms: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const s = performance.now();
      await api("GET", `/api/tasks?limit=50&${query}`);
      ms.push(performance.now() - s);
    }
    all.push(...ms);
    byShape[name] = summary(ms).p95;
  }
  if (process.env.EXPLAIN) {
    const q = [
      `select t.id from tasks t join clients c on c.id = t.client_id left join topics tp on tp.id = t.topic_id
       where t.company_id = $1 and t.status <> 'done' and exists (select 1 from task_assignees a where a.task_id = t.id and a.user_id = $2)
       order by t.deadline, t.title, t.id limit 50`,
      `select count(*) from tasks t where t.company_id = $1 and t.status <> 'done' and exists (select 1 from task_assignees a where a.task_id = t.id and a.user_id = $2)`,
      `select count(*) from tasks t where t.company_id = $1 and $2::uuid is not null`,
      `select t.id from tasks t where t.company_id = $1 and $2::uuid is not null order by t.deadline, t.title, t.id limit 50`,
    ];
    for (const text of q) {
      const plan = await sql(`explain (analyze, buffers) ${text}`, [companyId, me.user.id]);
      console.error(plan.rows.map((r) => Object.values(r)[0]).join("\n"));
    }
  }
  results.lists = { tasks: await count("tasks", companyId), all: summary(all), p95ByFilter: byShape };
  console.log(JSON.stringify(results, null, 2));
} finally {
  await kontor.stop();
}
