import { beforeEach, describe, expect, it, vi } from "vitest";
import { DEMO_FIRM_TENANT_ID } from "../../../../../xero-sandbox/src/sandbox.js";
import type { ImportRun } from "../../../../shared/api/imports.js";
import { type Agent, setupTestApp } from "../../../test/test-app.js";
import { authorizeXero, enableXero } from "../test/connect-xero.js";
import { APPLY_BATCH } from "./apply-client-import.js";
import type { ImportJob } from "./import-job.js";
import { ImportWorker } from "./import-worker.js";
import { resumeStoppedImports } from "./resume-stopped-imports.js";
import { runImportJob } from "./run-import-job.js";

// A worker can be frozen between two batches, as a process killed there (or one thought dead) is.
const pause = vi.hoisted(() => ({ armed: false, reached: () => {}, wake: () => {} }));
vi.mock("../../../lib/yield.js", () => ({
  yieldToEventLoop: () => {
    if (!pause.armed) return new Promise<void>((resolve) => setImmediate(resolve));
    pause.armed = false;
    return new Promise<void>((resolve) => {
      pause.wake = resolve;
      pause.reached();
    });
  },
}));
const frozenAtNextBatch = () =>
  new Promise<void>((resolve) => {
    pause.armed = true;
    pause.reached = resolve;
  });

const t = setupTestApp({ xero: true });
// Nothing renews leases here: long ones keep a slow machine from making them lapse mid-test.
beforeEach(() => {
  t.deps.integrations.importWorker = new ImportWorker(t.database.db, 3600);
});

async function connectedFirm(contacts: number) {
  t.sandbox.seed({ profile: "empty", contacts });
  const owner = await t.signUp();
  await enableXero(t, owner);
  await authorizeXero(t, owner, { tenantIds: [DEMO_FIRM_TENANT_ID] });
  // The classificators in first: a client import's Confirm then queues its own job alone.
  expect((await owner.post("/api/billing/classificators/import")).status).toBe(202);
  await t.jobs.runAll();
  return owner;
}

const run = async (agent: Agent, id: string) =>
  (await agent.get<ImportRun>(`/api/integrations/xero/imports/${id}`)).body;

/** A previewed and confirmed import whose apply job is queued; answers it and what it imports. */
async function confirmedImport(owner: Agent) {
  const id = (await owner.post<{ id: string }>("/api/integrations/xero/imports")).body.id;
  await t.jobs.runAll();
  const selected = (await run(owner, id)).candidates
    .filter((c) => !c.supplierOnly)
    .map((c) => c.xeroContactId);
  expect(
    (await owner.post(`/api/integrations/xero/imports/${id}/confirm`, { xeroContactIds: selected })).status,
  ).toBe(202);
  expect(t.jobs.queued).toHaveLength(1);
  return { id, selected };
}

/** Takes the queued job out of the queue and starts it here, as the process about to die runs it. */
function startDoomedJob() {
  const [job] = t.jobs.queued.splice(0);
  const done = runImportJob(t.deps, "xero", job!.data as ImportJob, 1, job!.id);
  return { job: job!, done };
}

/** Another Kontor process on the same database. */
function anotherProcess() {
  const worker = new ImportWorker(t.database.db, 3600);
  return { worker, deps: { ...t.deps, integrations: { ...t.deps.integrations, importWorker: worker } } };
}

async function count(table: string, where = "true"): Promise<number> {
  const { rows } = await t.database.executeSql(`select count(*)::int as n from ${table} where ${where}`);
  return Number(rows[0]!.n);
}

const lapseLeases = () =>
  t.database.executeSql(
    "update import_runs set lease_until = now() - interval '1 second' where lease_until is not null",
  );

describe("an import whose worker died", () => {
  it("goes on in a new job once the lease lapses, finishing without duplicates; the old worker, waking, writes nothing", async () => {
    const owner = await connectedFirm(700);
    const { id, selected } = await confirmedImport(owner);
    expect(selected.length).toBeGreaterThan(APPLY_BATCH);
    const frozen = frozenAtNextBatch();
    const doomed = startDoomedJob();
    await frozen; // killed after its first batch: that one is written, and the run says importing 500/…
    expect(await run(owner, id)).toMatchObject({ status: "importing", progress: { done: APPLY_BATCH } });

    // The process that starts next (or any other one) leaves the run alone while the lease holds…
    const next = anotherProcess();
    expect(await resumeStoppedImports(next.deps)).toBe(0);
    // …and takes it over once it lapses without being renewed (LEASE_SECONDS after the kill).
    await lapseLeases();
    expect(await resumeStoppedImports(next.deps)).toBe(1);
    expect(t.jobs.queued).toHaveLength(1);
    expect(t.jobs.cancelled).toEqual([doomed.job.id]);

    // Had the old worker only stalled, it stops at its next batch without writing.
    pause.wake();
    await doomed.done;
    expect(await count("clients")).toBe(APPLY_BATCH);

    t.deps.integrations.importWorker = next.worker;
    await t.jobs.runAll();
    const done = await run(owner, id);
    expect(done.status).toBe("done");
    expect(done.summary?.created).toBe(selected.length);
    expect(done.summary?.failed).toEqual([]);
    expect(await count("clients")).toBe(selected.length);
    expect(await count("sync_records", "entity = 'client'")).toBe(selected.length);
    expect(t.jobs.dead).toEqual([]);
  }, 90_000);

  it("killed while fetching the preview, goes on at once when the next process starts on the embedded database", async () => {
    const owner = await connectedFirm(30);
    const xero = t.deps.integrations.providers.xero;
    const listCustomers = xero.listCustomers;
    let wake = () => {};
    const reached = new Promise<void>((resolve) => {
      xero.listCustomers = async (...args) => {
        resolve();
        await new Promise<void>((w) => {
          wake = w;
        });
        return listCustomers(...args);
      };
    });
    const id = (await owner.post<{ id: string }>("/api/integrations/xero/imports")).body.id;
    const preview = t.jobs.queued.findIndex((j) => (j.data as ImportJob).step === "preview");
    const [job] = t.jobs.queued.splice(preview, 1);
    const doomed = runImportJob(t.deps, "xero", job!.data as ImportJob, 1, job!.id);
    await reached;
    xero.listCustomers = listCustomers;
    expect((await run(owner, id)).status).toBe("fetching");

    // Its lease still holds, but no other process can have the embedded database: taken at start.
    const next = anotherProcess();
    expect(await resumeStoppedImports(next.deps, { previousProcessesGone: true })).toBe(1);
    t.deps.integrations.importWorker = next.worker;
    await t.jobs.runAll();
    const ready = await run(owner, id);
    expect(ready.status).toBe("ready");
    expect(ready.candidates.length).toBeGreaterThan(20);

    wake();
    await doomed;
    expect(await run(owner, id)).toMatchObject({ status: "ready", error: null });
    expect(await count("import_candidates")).toBe(ready.candidates.length);
  });

  it("goes on when its job was lost before it ever ran", async () => {
    const owner = await connectedFirm(30);
    const { id, selected } = await confirmedImport(owner);
    t.jobs.queued.splice(0); // the process died between recording the job and queueing it
    expect(await resumeStoppedImports(t.deps)).toBe(1);
    await t.jobs.runAll();
    expect((await run(owner, id)).summary?.created).toBe(selected.length);
  });
});

describe("an import whose worker lives", () => {
  it("is never taken over by another process, and finishes in its worker", async () => {
    const owner = await connectedFirm(700);
    const { id, selected } = await confirmedImport(owner);
    const working = frozenAtNextBatch();
    const worker = startDoomedJob(); // slow, not dead: it renews its lease
    await working;
    const leaseOf = async () =>
      (await t.database.executeSql("select lease_until from import_runs where id = $1", [id])).rows[0]!
        .lease_until as Date;
    const before = await leaseOf();
    await t.deps.integrations.importWorker.renew();
    expect((await leaseOf()).getTime()).toBeGreaterThanOrEqual(new Date(before).getTime());

    const other = anotherProcess();
    expect(await resumeStoppedImports(other.deps)).toBe(0);
    t.deps.integrations.importWorker = other.worker; // Resume asked of the other process
    const resume = await owner.post<{ error: { message: string } }>(
      `/api/integrations/xero/imports/${id}/resume`,
    );
    expect(resume.status).toBe(409);
    expect(resume.body.error.message).toBe("This import is already running.");
    expect(t.jobs.queued).toHaveLength(0);

    pause.wake();
    await worker.done;
    const done = await run(owner, id);
    expect(done.status).toBe("done");
    expect(done.summary?.created).toBe(selected.length);
    expect(t.jobs.cancelled).toEqual([]);
  }, 90_000);
});

describe("an earlier import whose worker lives", () => {
  it("holds up the next import however long it was silent, and is never marked stopped", async () => {
    const owner = await connectedFirm(30);
    const { id: first } = await confirmedImport(owner);
    const working = frozenAtNextBatch();
    const worker = startDoomedJob();
    await working;
    t.advance(1);
    const second = (await owner.post<{ id: string }>("/api/integrations/xero/imports")).body.id;
    t.advance(16 * 60); // longer than an import may be silent before it counts as abandoned

    const [job] = t.jobs.queued.splice(0);
    await runImportJob(t.deps, "xero", job!.data as ImportJob, 1, job!.id);
    expect((await run(owner, first)).status).toBe("importing");
    expect((await run(owner, second)).status).toBe("fetching");
    expect(t.jobs.queued).toHaveLength(1); // the later one waits its turn

    pause.wake();
    await worker.done;
    expect((await run(owner, first)).status).toBe("done");
    await t.jobs.runAll();
    expect((await run(owner, second)).status).toBe("ready");
  });
});

describe("Resume", () => {
  it("on a queued import is refused with 409, and the import runs once", async () => {
    const owner = await connectedFirm(30);
    const { id, selected } = await confirmedImport(owner);
    const resume = await owner.post<{ error: { message: string } }>(
      `/api/integrations/xero/imports/${id}/resume`,
    );
    expect(resume.status).toBe(409);
    expect(resume.body.error.message).toBe("This import is already running.");
    expect(t.jobs.queued).toHaveLength(1);
    await t.jobs.runAll();
    const done = await run(owner, id);
    expect(done).toMatchObject({ status: "done", error: null });
    expect(done.summary?.created).toBe(selected.length);
    expect(t.jobs.dead).toEqual([]);
  });

  it("asked twice at once of a failed import, resumes it once", async () => {
    const owner = await connectedFirm(30);
    await t.database.executeSql(`
      create function refuse_clients() returns trigger language plpgsql as $$
      begin raise exception 'simulated failure'; end $$;
      create trigger refuse_clients before insert on clients for each row execute function refuse_clients();`);
    const { id, selected } = await confirmedImport(owner);
    await t.jobs.runAll();
    expect((await run(owner, id)).status).toBe("failed");
    await t.database.executeSql("drop trigger refuse_clients on clients; drop function refuse_clients();");

    const answers = await Promise.all([
      owner.post(`/api/integrations/xero/imports/${id}/resume`),
      owner.post(`/api/integrations/xero/imports/${id}/resume`),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([202, 409]);
    expect(t.jobs.queued).toHaveLength(1);
    await t.jobs.runAll();
    expect((await run(owner, id)).summary?.created).toBe(selected.length);
    expect(await count("clients")).toBe(selected.length);
  });
});
