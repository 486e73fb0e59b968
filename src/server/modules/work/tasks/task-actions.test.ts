import { describe, expect, it } from "vitest";
import type { ClientDetail } from "../../../../shared/api/clients.js";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { TaskSettings } from "../../../../shared/api/task-settings.js";
import type { BulkTasksResult, Task, TaskHistory } from "../../../../shared/api/tasks.js";
import { type Agent, setupTestApp } from "../../../test/test-app.js";

const t = setupTestApp();

/** A firm with a client and a colleague; the test clock is 15 January 2026 (Tallinn). */
async function firm() {
  const owner = await t.signUp();
  const member = await t.join(owner, "member");
  const client = (await owner.post<ClientDetail>("/api/clients", { name: "Alder Bakery OÜ" })).body;
  return { owner, member, client };
}

async function addTask(agent: Agent, body: Record<string, unknown>): Promise<Task> {
  const res = await agent.post<Task>("/api/tasks", body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe("task settings: an unfinished checklist keeps a task from being done", () => {
  it("is off by default, set by the Owner or an Admin only, and refuses bad input", async () => {
    const { owner, member } = await firm();
    expect((await member.get<TaskSettings>("/api/company/task-settings")).body).toEqual({
      checklistBeforeDone: false,
    });
    expect(
      (await member.request("PUT", "/api/company/task-settings", { checklistBeforeDone: true })).status,
    ).toBe(403);
    const bad = await owner.request<ErrorBody>("PUT", "/api/company/task-settings", {
      checklistBeforeDone: "yes",
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error.details)).toContain('"field":"checklistBeforeDone"');
    const set = await owner.request<TaskSettings>("PUT", "/api/company/task-settings", {
      checklistBeforeDone: true,
    });
    expect(set.body).toEqual({ checklistBeforeDone: true });
    const other = await t.signUp({ companyName: "Other Firm" });
    expect((await other.get<TaskSettings>("/api/company/task-settings")).body.checklistBeforeDone).toBe(
      false,
    );
  });

  it("when on, mark done, PATCH status and bulk done are refused naming the unticked items", async () => {
    const { owner, member, client } = await firm();
    await owner.request("PUT", "/api/company/task-settings", { checklistBeforeDone: true });
    const task = await addTask(owner, {
      clientId: client.id,
      title: "Payroll",
      deadline: "2026-01-20",
      checklist: [{ text: "Hours in" }, { text: "Payslips sent" }, { text: "Paid", done: true }],
    });
    const message = "2 checklist items are not ticked yet: tick them before marking the task done.";
    const done = await member.post<ErrorBody>(`/api/tasks/${task.id}/done`);
    expect(done.status).toBe(409);
    expect(done.body.error.message).toBe(message);
    const patch = await member.patch<ErrorBody>(`/api/tasks/${task.id}`, { status: "done" });
    expect(patch.status).toBe(409);
    const bulk = await member.post<BulkTasksResult>("/api/tasks/bulk", { action: "done", ids: [task.id] });
    expect(bulk.body.results).toEqual([{ id: task.id, ok: false, error: message }]);
    expect((await member.get<Task>(`/api/tasks/${task.id}`)).body.status).toBe("not_started");
    // Ticking the rest in the same change lets it through.
    const ticked = await member.patch<Task>(`/api/tasks/${task.id}`, {
      status: "done",
      checklist: task.checklist.map((item) => ({ ...item, done: true })),
    });
    expect(ticked.status).toBe(200);
    expect(ticked.body.status).toBe("done");
  });
});

describe("move to later", () => {
  it("sets the start date to a day after today and on or before the deadline; else says to postpone", async () => {
    const { owner, member, client } = await firm();
    const task = await addTask(owner, { clientId: client.id, title: "VAT return", deadline: "2026-01-20" });
    const later = await member.post<Task>(`/api/tasks/${task.id}/later`, { until: "2026-01-19" });
    expect(later.status).toBe(200);
    expect(later.body).toMatchObject({ startDate: "2026-01-19", deadline: "2026-01-20" });
    for (const [until, message] of [
      ["2026-01-15", "Choose a day after today, 2026-01-15."],
      [
        "2026-01-21",
        "That is after the deadline, 2026-01-20: Postpone the task to move its deadline instead.",
      ],
      ["2026-13-01", "Enter a real date as YYYY-MM-DD, e.g. 2027-01-20."],
    ] as const) {
      const res = await member.post<ErrorBody>(`/api/tasks/${task.id}/later`, { until });
      expect(res.status, until).toBe(400);
      expect(JSON.stringify(res.body.error.details)).toContain(`"field":"until"`);
      expect(JSON.stringify(res.body)).toContain(message);
    }
    await member.post(`/api/tasks/${task.id}/done`);
    expect((await member.post(`/api/tasks/${task.id}/later`, { until: "2026-01-19" })).status).toBe(409);
    const other = await t.signUp({ companyName: "Other Firm" });
    expect((await other.post(`/api/tasks/${task.id}/later`, { until: "2026-01-19" })).status).toBe(404);
  });
});

describe("bulk actions", () => {
  it("reassign, mark done and postpone each task on its own, reporting refused and unknown ids", async () => {
    const { owner, member, client } = await firm();
    const a = await addTask(owner, { clientId: client.id, title: "A", deadline: "2026-01-20" });
    const b = await addTask(owner, { clientId: client.id, title: "B", deadline: "2026-02-10" });
    const other = await t.signUp({ companyName: "Other Firm" });
    const theirClient = (await other.post<ClientDetail>("/api/clients", { name: "Theirs OÜ" })).body;
    const theirs = await addTask(other, {
      clientId: theirClient.id,
      title: "Theirs",
      deadline: "2026-01-20",
    });

    const reassign = await member.post<BulkTasksResult>("/api/tasks/bulk", {
      action: "reassign",
      ids: [a.id, theirs.id, b.id],
      assigneeIds: [member.me.user.id],
    });
    expect(reassign.status).toBe(200);
    expect(reassign.body.results).toEqual([
      { id: a.id, ok: true },
      { id: theirs.id, ok: false, error: "The task was not found." },
      { id: b.id, ok: true },
    ]);
    expect((await owner.get<Task>(`/api/tasks/${b.id}`)).body.assignees).toEqual([
      { id: member.me.user.id, name: member.me.user.name },
    ]);
    expect((await other.get<Task>(`/api/tasks/${theirs.id}`)).body.assignees).toEqual([]);

    const postpone = await member.post<BulkTasksResult>("/api/tasks/bulk", {
      action: "postpone",
      ids: [a.id, b.id],
      to: "2026-02-01",
    });
    expect(postpone.body.results).toEqual([
      { id: a.id, ok: true },
      { id: b.id, ok: false, error: "Choose a day after the current deadline, 2026-02-10." },
    ]);
    expect((await owner.get<Task>(`/api/tasks/${a.id}`)).body.deadline).toBe("2026-02-01");

    const done = await member.post<BulkTasksResult>("/api/tasks/bulk", { action: "done", ids: [a.id, b.id] });
    expect(done.body.results.every((r) => r.ok)).toBe(true);
    expect((await owner.get<Task>(`/api/tasks/${b.id}`)).body.status).toBe("done");
  });

  it("refuses a bad request whole, naming the field", async () => {
    const { owner, client } = await firm();
    const a = await addTask(owner, { clientId: client.id, title: "A", deadline: "2026-01-20" });
    const other = await t.signUp({ companyName: "Other Firm" });
    for (const [body, field] of [
      [{ action: "archive", ids: [a.id] }, "action"],
      [{ action: "done", ids: [] }, "ids"],
      [{ action: "done", ids: ["nope"] }, "ids.0"],
      [{ action: "done", ids: Array.from({ length: 501 }, () => a.id) }, "ids"],
      [{ action: "reassign", ids: [a.id] }, "assigneeIds"],
      [{ action: "reassign", ids: [a.id], assigneeIds: [other.me.user.id] }, "assigneeIds"],
      [{ action: "postpone", ids: [a.id] }, "to"],
    ] as const) {
      const res = await owner.post<ErrorBody>("/api/tasks/bulk", body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(JSON.stringify(res.body.error.details)).toContain(`"field":"${field}"`);
    }
    expect((await owner.get<Task>(`/api/tasks/${a.id}`)).body.assignees).toEqual([]);
  });
});

describe("task history", () => {
  it("records who made, changed, ticked, postponed, moved, did and reopened a task, newest first", async () => {
    const { owner, member, client } = await firm();
    const task = await addTask(owner, {
      clientId: client.id,
      title: "Payroll",
      deadline: "2026-01-20",
      checklist: [{ text: "Hours in" }],
    });
    t.clock.advance(60_000);
    await member.patch(`/api/tasks/${task.id}`, {
      title: "Payroll — January",
      status: "in_progress",
      assigneeIds: [member.me.user.id],
    });
    await member.patch(`/api/tasks/${task.id}`, { checklist: [{ text: "Hours in", done: true }] });
    await member.post(`/api/tasks/${task.id}/postpone`, { to: "2026-01-25" });
    await member.post(`/api/tasks/${task.id}/later`, { until: "2026-01-22" });
    await member.post(`/api/tasks/${task.id}/done`);
    await owner.post("/api/tasks/bulk", { action: "reassign", ids: [task.id], assigneeIds: [] });
    await owner.patch(`/api/tasks/${task.id}`, { status: "not_started" });

    const history = await member.get<TaskHistory>(`/api/tasks/${task.id}/history`);
    expect(history.status).toBe(200);
    const owners = owner.me.user.name;
    const members = member.me.user.name;
    expect(
      history.body.items.map((e) => [e.kind, e.by?.name, e.bulk, e.changes, e.from, e.to, e.item]),
    ).toEqual([
      ["reopened", owners, false, [], null, "not_started", null],
      ["changed", owners, true, [{ field: "assignees", before: members, after: null }], null, null, null],
      ["done", members, false, [], null, null, null],
      ["moved_to_later", members, false, [], null, "2026-01-22", null],
      ["postponed", members, false, [], "2026-01-20", "2026-01-25", null],
      ["checklist_ticked", members, false, [], null, null, "Hours in"],
      [
        "changed",
        members,
        false,
        [
          { field: "status", before: "Not started", after: "In progress" },
          { field: "title", before: "Payroll", after: "Payroll — January" },
          { field: "assignees", before: null, after: members },
        ],
        null,
        null,
        null,
      ],
      ["created", owners, false, [], null, null, null],
    ]);
    expect(history.body.items.at(-1)!.at).toBe(task.createdAt);
    const other = await t.signUp({ companyName: "Other Firm" });
    expect((await other.get(`/api/tasks/${task.id}/history`)).status).toBe(404);
  });
});
