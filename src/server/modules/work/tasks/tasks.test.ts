import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { ClientDetail } from "../../../../shared/api/clients.js";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { Task, TaskList } from "../../../../shared/api/tasks.js";
import type { TopicList } from "../../../../shared/api/topics.js";
import { type Agent, setupTestApp } from "../../../test/test-app.js";

const t = setupTestApp();

/** A firm with a client and a colleague; the test clock is 15 January 2026 (Tallinn). */
async function firm() {
  const owner = await t.signUp();
  const member = await t.join(owner, "member");
  const client = (await owner.post<ClientDetail>("/api/clients", { name: "Alder Bakery OÜ" })).body;
  const topics = (await owner.get<TopicList>("/api/topics")).body.items;
  const vat = topics.find((topic) => topic.name === "VAT return")!;
  return { owner, member, client, vat };
}

async function addTask(agent: Agent, body: Record<string, unknown>): Promise<Task> {
  const res = await agent.post<Task>("/api/tasks", body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const titles = (list: TaskList) => list.items.map((task) => task.title);

describe("tasks", () => {
  it("are made for a client with a topic, assignees, estimate and checklist, and read back", async () => {
    const { owner, member, client, vat } = await firm();
    const task = await addTask(owner, {
      clientId: client.id,
      title: "  VAT return — December ",
      topicId: vat.id,
      assigneeIds: [member.me.user.id, owner.me.user.id],
      startDate: "2026-01-02",
      deadline: "2026-01-20",
      estimateMinutes: 90,
      checklist: [{ text: "Sales invoices in" }, { text: "Purchase invoices in", done: true }],
    });
    expect(task).toMatchObject({
      client: { id: client.id, name: "Alder Bakery OÜ" },
      title: "VAT return — December",
      topic: { id: vat.id, name: "VAT return" },
      status: "not_started",
      deadline: "2026-01-20",
      overdue: false,
      estimateMinutes: 90,
      checklist: [
        { text: "Sales invoices in", done: false },
        { text: "Purchase invoices in", done: true },
      ],
      doneAt: null,
    });
    expect(task.assignees.map((a) => a.id).sort()).toEqual([member.me.user.id, owner.me.user.id].sort());
    expect((await member.get<Task>(`/api/tasks/${task.id}`)).body).toEqual(task);
  });

  it("list by deadline, a person's own, a client's, open and overdue in the company's time zone", async () => {
    const { owner, member, client } = await firm();
    const birch = (await owner.post<ClientDetail>("/api/clients", { name: "Birch Studio OÜ" })).body;
    await addTask(owner, {
      clientId: client.id,
      title: "Payroll",
      deadline: "2026-01-10",
      assigneeIds: [member.me.user.id],
    });
    await addTask(owner, { clientId: birch.id, title: "Annual report", deadline: "2026-06-30" });
    const done = await addTask(owner, { clientId: client.id, title: "Bookkeeping", deadline: "2026-01-05" });
    await owner.post(`/api/tasks/${done.id}/done`);
    await addTask(owner, { clientId: client.id, title: "VAT return", deadline: "2026-01-15" });

    expect(titles((await owner.get<TaskList>("/api/tasks")).body)).toEqual([
      "Bookkeeping",
      "Payroll",
      "VAT return",
      "Annual report",
    ]);
    expect(titles((await member.get<TaskList>("/api/tasks?assignee=me")).body)).toEqual(["Payroll"]);
    expect(titles((await owner.get<TaskList>(`/api/tasks?assignee=${member.me.user.id}`)).body)).toEqual([
      "Payroll",
    ]);
    expect(titles((await owner.get<TaskList>(`/api/tasks?clientId=${birch.id}`)).body)).toEqual([
      "Annual report",
    ]);
    expect(titles((await owner.get<TaskList>("/api/tasks?status=open")).body)).toEqual([
      "Payroll",
      "VAT return",
      "Annual report",
    ]);
    // 15 January: due on the 10th is overdue, due today is not; done is never overdue.
    const overdue = (await owner.get<TaskList>("/api/tasks?status=overdue")).body;
    expect(titles(overdue)).toEqual(["Payroll"]);
    expect(overdue.items[0]!.overdue).toBe(true);
    const range = (await owner.get<TaskList>("/api/tasks?from=2026-01-06&to=2026-01-31&limit=1&page=2")).body;
    expect(range).toMatchObject({ total: 2, items: [{ title: "VAT return" }] });
  });

  it("are marked done, taken back, postponed to a later day, and edited; done records when", async () => {
    const { owner, member, client } = await firm();
    const task = await addTask(owner, { clientId: client.id, title: "Payroll", deadline: "2026-01-10" });
    const done = (await member.post<Task>(`/api/tasks/${task.id}/done`)).body;
    expect(done).toMatchObject({ status: "done", overdue: false, doneAt: t.clock.now().toISOString() });
    const postponeDone = await owner.post<ErrorBody>(`/api/tasks/${task.id}/postpone`, { to: "2026-02-01" });
    expect(postponeDone.status).toBe(409);
    const reopened = (await owner.patch<Task>(`/api/tasks/${task.id}`, { status: "in_progress" })).body;
    expect(reopened).toMatchObject({ status: "in_progress", doneAt: null, overdue: true });

    const earlier = await owner.post<ErrorBody>(`/api/tasks/${task.id}/postpone`, { to: "2026-01-09" });
    expect(earlier.status).toBe(400);
    expect(earlier.body.error.message).toBe("Choose a day after the current deadline, 2026-01-10.");
    const later = (await owner.post<Task>(`/api/tasks/${task.id}/postpone`, { to: "2026-01-31" })).body;
    expect(later).toMatchObject({ deadline: "2026-01-31", overdue: false });

    const edited = await owner.patch<Task>(`/api/tasks/${task.id}`, {
      checklist: [{ text: "Payslips sent", done: true }],
      assigneeIds: [member.me.user.id],
      topicId: null,
    });
    expect(edited.body).toMatchObject({ checklist: [{ text: "Payslips sent", done: true }], topic: null });
    expect(edited.body.assignees).toEqual([{ id: member.me.user.id, name: member.me.user.name }]);
  });

  it("refuses bad input naming the field, and changes nothing", async () => {
    const { owner, client } = await firm();
    const other = await t.signUp({ companyName: "Other Firm" });
    const theirClient = (await other.post<ClientDetail>("/api/clients", { name: "Theirs OÜ" })).body;
    const theirTopic = (await other.get<TopicList>("/api/topics")).body.items[0]!;
    const base = { clientId: client.id, title: "Payroll", deadline: "2026-01-10" };
    for (const [body, field] of [
      [{ ...base, title: " " }, "title"],
      [{ ...base, deadline: "2026-02-30" }, "deadline"],
      [{ ...base, startDate: "2026-01-11" }, "startDate"],
      [{ ...base, clientId: theirClient.id }, "clientId"],
      [{ ...base, topicId: theirTopic.id }, "topicId"],
      [{ ...base, assigneeIds: [other.me.user.id] }, "assigneeIds"],
      [{ ...base, estimateMinutes: -5 }, "estimateMinutes"],
      [{ ...base, checklist: [{ text: "" }] }, "checklist.0.text"],
      [{ ...base, status: "done" }, "status"],
    ] as const) {
      const res = await owner.post<ErrorBody>("/api/tasks", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.body.error.details)).toContain(`"field":"${field}"`);
    }
    const task = await addTask(owner, base);
    const late = await owner.patch<ErrorBody>(`/api/tasks/${task.id}`, { startDate: "2026-01-11" });
    expect(late.status).toBe(400);
    expect((await owner.get<TaskList>("/api/tasks")).body.total).toBe(1);
    expect((await owner.get("/api/tasks?status=someday")).status).toBe(400);
  });

  it("belong to their company: another company's task is not found; a Member cannot delete", async () => {
    const { owner, member, client } = await firm();
    const task = await addTask(owner, { clientId: client.id, title: "Payroll", deadline: "2026-01-10" });
    const other = await t.signUp({ companyName: "Other Firm" });
    expect((await other.get(`/api/tasks/${task.id}`)).status).toBe(404);
    expect((await other.patch(`/api/tasks/${task.id}`, { title: "Mine" })).status).toBe(404);
    expect((await other.post(`/api/tasks/${task.id}/done`)).status).toBe(404);
    expect((await other.delete(`/api/tasks/${task.id}`)).status).toBe(404);
    expect((await other.get<TaskList>("/api/tasks")).body.total).toBe(0);
    expect((await member.delete(`/api/tasks/${task.id}`)).status).toBe(403);
    expect((await owner.delete(`/api/tasks/${task.id}`)).status).toBe(204);
    expect((await owner.get(`/api/tasks/${task.id}`)).status).toBe(404);
  });

  it("count up to 1,000 and then say more match, the page itself still right", async () => {
    const { owner, client } = await firm();
    await t.database.db.execute(sql`
      insert into tasks (company_id, client_id, title, deadline)
      select ${owner.me.company.id}, ${client.id}, 'Task ' || lpad(g::text, 5, '0'), date '2026-02-01' + g % 300
      from generate_series(1, 1001) g`);
    await t.database.db.execute(sql`
      insert into task_assignees (company_id, task_id, user_id)
      select company_id, id, ${owner.me.user.id} from tasks where title >= 'Task 00500'`);
    const all = (await owner.get<TaskList>("/api/tasks?limit=2")).body;
    expect([all.total, all.totalCapped]).toEqual([1000, true]);
    expect(titles(all)).toEqual(["Task 00300", "Task 00600"]);
    const mine = (await owner.get<TaskList>("/api/tasks?assignee=me&limit=2")).body;
    expect([mine.total, mine.totalCapped]).toEqual([502, false]);
    expect(titles(mine)).toEqual(["Task 00600", "Task 00900"]);
    const some = (await owner.get<TaskList>("/api/tasks?to=2026-02-10")).body;
    expect([some.total, some.totalCapped]).toEqual([39, false]);
  });
});
