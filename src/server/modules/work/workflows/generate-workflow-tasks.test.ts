import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import type { ClientDetail } from "../../../../shared/api/clients.js";
import type { Task, TaskList } from "../../../../shared/api/tasks.js";
import type {
  ApplyWorkflowResult,
  ClientWorkflow,
  ClientWorkflowList,
  WorkflowTemplate,
} from "../../../../shared/api/workflows.js";
import { tasks } from "../../../db/schema/tasks.js";
import { type Agent, setupTestApp } from "../../../test/test-app.js";
import { generateDueTasks } from "./generate-due-tasks.js";

const t = setupTestApp();
const DAY = 24 * 60 * 60;

const monthly20 = {
  title: "Payroll",
  recurrence: { every: "month" },
  due: { rule: "day_of_month", day: 20 },
};

/** A firm (Estonia; the clock is 15 January 2026) with a client that has a workflow applied. */
async function applied(tasks: Record<string, unknown>[] = [monthly20]) {
  const owner = await t.signUp();
  const client = (await owner.post<ClientDetail>("/api/clients", { name: "Alder OÜ" })).body;
  const template = (await owner.post<WorkflowTemplate>("/api/workflow-templates", { name: "Monthly", tasks }))
    .body;
  const result = (
    await owner.post<ApplyWorkflowResult>(`/api/workflow-templates/${template.id}/apply`, {
      clientIds: [client.id],
    })
  ).body;
  return { owner, client, template, result };
}

/** The client's tasks, read from the database (weeks later the test's session has expired). */
async function deadlines(_agent: Agent, clientId: string) {
  const rows = await t.database.db
    .select({ deadline: tasks.deadline, title: tasks.title })
    .from(tasks)
    .where(eq(tasks.clientId, clientId))
    .orderBy(asc(tasks.deadline), asc(tasks.title));
  return rows.map((task) => `${task.deadline} ${task.title}`);
}

const generate = () => generateDueTasks(t.deps);

describe("task generation", () => {
  it("makes each occurrence once: a second run the same day, or two at once, make nothing more", async () => {
    const { owner, client, result } = await applied();
    expect(result.tasksCreated).toBe(2);
    expect((await generate()).tasksCreated).toBe(0);
    t.advance(DAY);
    const [a, b] = await Promise.all([generate(), generate()]);
    // 16 January + 45 days is 3 March: nothing new is due by then.
    expect(a.tasksCreated + b.tasksCreated).toBe(0);
    t.advance(20 * DAY);
    const [c, d] = await Promise.all([generate(), generate()]);
    expect(c.tasksCreated + d.tasksCreated).toBe(1);
    expect(await deadlines(owner, client.id)).toEqual([
      "2026-01-20 Payroll — January 2026",
      "2026-02-20 Payroll — February 2026",
      "2026-03-20 Payroll — March 2026",
    ]);
  });

  it("catches up after the server was down for weeks, overdue occurrences included", async () => {
    const { owner, client } = await applied();
    t.advance(70 * DAY); // 26 March: horizon 10 May.
    expect((await generate()).tasksCreated).toBe(2);
    expect(await deadlines(owner, client.id)).toEqual([
      "2026-01-20 Payroll — January 2026",
      "2026-02-20 Payroll — February 2026",
      "2026-03-20 Payroll — March 2026",
      "2026-04-20 Payroll — April 2026",
    ]);
  });

  it("is exactly once when a run crashes half-way: nothing of it stays, the next run makes it all", async () => {
    const { owner, client } = await applied();
    const { db } = t.database;
    // A failure inside the run's transaction, after the occurrences are recorded.
    await db.execute(sql`
      create function fail_march() returns trigger language plpgsql as $$
      begin
        if new.deadline = '2026-03-20' then raise exception 'server killed'; end if;
        return new;
      end $$`);
    await db.execute(
      sql`create trigger fail_march before insert on tasks for each row execute function fail_march()`,
    );
    t.advance(20 * DAY);
    const crashed = await generate();
    expect(crashed).toMatchObject({ tasksCreated: 0, failed: 1 });
    await db.execute(sql`drop trigger fail_march on tasks`);
    expect((await generate()).tasksCreated).toBe(1);
    expect((await generate()).tasksCreated).toBe(0);
    expect(await deadlines(owner, client.id)).toHaveLength(3);
  });

  it("does not make again a task someone deleted or postponed", async () => {
    const { owner, client } = await applied();
    const [january, february] = (await owner.get<TaskList>(`/api/tasks?clientId=${client.id}`)).body.items;
    expect((await owner.delete(`/api/tasks/${january!.id}`)).status).toBe(204);
    expect((await owner.post<Task>(`/api/tasks/${february!.id}/postpone`, { to: "2026-02-27" })).status).toBe(
      200,
    );
    t.advance(DAY);
    await generate();
    expect(await deadlines(owner, client.id)).toEqual(["2026-02-27 Payroll — February 2026"]);
  });

  it("follows template changes from today on; a client's own copy is left alone", async () => {
    const { owner, client, template } = await applied();
    const birch = (await owner.post<ClientDetail>("/api/clients", { name: "Birch OÜ" })).body;
    await owner.post(`/api/workflow-templates/${template.id}/apply`, { clientIds: [birch.id] });
    const [birchFlow] = (await owner.get<ClientWorkflowList>(`/api/clients/${birch.id}/workflows`)).body
      .items;
    const own = await owner.patch<ClientWorkflow>(`/api/clients/${birch.id}/workflows/${birchFlow!.id}`, {
      tasks: [{ ...monthly20, key: template.tasks[0]!.key, title: "Birch payroll" }],
    });
    expect(own.body.customized).toBe(true);
    const keep = { ...monthly20, key: template.tasks[0]!.key };
    const weekly = { title: "Invoices", recurrence: { every: "week" }, due: { rule: "day_of_week", day: 5 } };
    const edited = await owner.patch(`/api/workflow-templates/${template.id}`, { tasks: [keep, weekly] });
    expect(edited.status).toBe(200);
    expect((await generate()).tasksCreated).toBe(0);
    // Fridays from 16 January to 27 February (45 days from the 15th: 1 March), for Alder only.
    const alder = await deadlines(owner, client.id);
    expect(alder.filter((line) => line.includes("Invoices"))).toHaveLength(7);
    expect(alder.filter((line) => line.includes("Payroll"))).toHaveLength(2);
    expect((await deadlines(owner, birch.id)).every((line) => line.includes("Payroll"))).toBe(true);
    // Back to following the template: its weekly task comes too.
    await owner.patch(`/api/clients/${birch.id}/workflows/${birchFlow!.id}`, { tasks: null });
    expect((await deadlines(owner, birch.id)).filter((line) => line.includes("Invoices"))).toHaveLength(7);
    expect((await generate()).tasksCreated).toBe(0);
  });

  it("removing a workflow from a client deletes its future unfinished tasks, never past or done ones", async () => {
    const { owner, client } = await applied();
    t.advance(25 * DAY); // 9 February: January's task is past, March's is made.
    await generate();
    const [, february] = (await owner.get<TaskList>(`/api/tasks?clientId=${client.id}`)).body.items;
    const [flow] = (await owner.get<ClientWorkflowList>(`/api/clients/${client.id}/workflows`)).body.items;
    await owner.post(`/api/tasks/${february!.id}/done`);
    const removed = await owner.delete<{ removedTasks: number }>(
      `/api/clients/${client.id}/workflows/${flow!.id}`,
    );
    expect(removed.body).toEqual({ removedTasks: 1 });
    expect(await deadlines(owner, client.id)).toEqual([
      "2026-01-20 Payroll — January 2026",
      "2026-02-20 Payroll — February 2026",
    ]);
    expect(removed.status).toBe(200);
    expect((await owner.get<ClientWorkflowList>(`/api/clients/${client.id}/workflows`)).body.items).toEqual(
      [],
    );
    t.advance(40 * DAY);
    expect((await generate()).tasksCreated).toBe(0);
  });

  it("deleting a template leaves its clients their workflow as their own copy", async () => {
    const { owner, client, template } = await applied();
    expect((await owner.delete(`/api/workflow-templates/${template.id}`)).status).toBe(204);
    const [flow] = (await owner.get<ClientWorkflowList>(`/api/clients/${client.id}/workflows`)).body.items;
    expect(flow).toMatchObject({ template: null, customized: true, name: "Monthly" });
    t.advance(20 * DAY);
    expect((await generate()).tasksCreated).toBe(1);
  });

  it("dates follow the company's zone, whatever the server's", async () => {
    vi.stubEnv("TZ", "Pacific/Pago_Pago"); // UTC-11
    try {
      const owner = await t.signUp();
      await owner.request("PUT", "/api/company/calendar", {
        country: "NZ",
        region: null,
        timeZone: "Pacific/Auckland",
        workingDays: [1, 2, 3, 4, 5],
      });
      // 2026-01-20T11:30Z: 20 January in Pago Pago and UTC, already 21 January (00:30) in Auckland.
      t.advance((5 * 24 + 2.5) * 60 * 60);
      const client = (await owner.post<ClientDetail>("/api/clients", { name: "Kiwi Ltd" })).body;
      const tpl = (
        await owner.post<WorkflowTemplate>("/api/workflow-templates", { name: "Payroll", tasks: [monthly20] })
      ).body;
      await owner.post(`/api/workflow-templates/${tpl.id}/apply`, { clientIds: [client.id] });
      await owner.post("/api/tasks", { clientId: client.id, title: "By hand", deadline: "2026-01-20" });
      const tasks = (await owner.get<TaskList>(`/api/tasks?clientId=${client.id}`)).body.items;
      // Applied on 21 January in Auckland: January's 20th is gone (not made), the 20th by hand is overdue.
      expect(tasks.map((task) => [task.title, task.deadline, task.overdue])).toEqual([
        ["By hand", "2026-01-20", true],
        ["Payroll — February 2026", "2026-02-20", false],
      ]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("makes nothing for an archived client; restored, its work starts again from that day", async () => {
    const { owner, client } = await applied();
    await t.database.db.execute(sql`update clients set archived_at = now() where id = ${client.id}`);
    t.advance(60 * DAY); // 16 March.
    expect((await generate()).tasksCreated).toBe(0);
    t.advance(30 * DAY); // 15 April.
    await generate();
    await t.database.db.execute(sql`update clients set archived_at = null where id = ${client.id}`);
    expect((await generate()).tasksCreated).toBe(2);
    expect(await deadlines(owner, client.id)).toEqual([
      "2026-01-20 Payroll — January 2026",
      "2026-02-20 Payroll — February 2026",
      "2026-04-20 Payroll — April 2026",
      "2026-05-20 Payroll — May 2026",
    ]);
  });
});
