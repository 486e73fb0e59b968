import { describe, expect, it } from "vitest";
import type { ClientDetail } from "../../../../shared/api/clients.js";
import type { ErrorBody, FieldError } from "../../../../shared/api/common.js";
import type { TaskList } from "../../../../shared/api/tasks.js";
import type { TopicList } from "../../../../shared/api/topics.js";
import type {
  ApplyWorkflowResult,
  ClientWorkflowList,
  DueDatesPreview,
  WorkflowTemplate,
  WorkflowTemplateList,
} from "../../../../shared/api/workflows.js";
import { type Agent, setupTestApp } from "../../../test/test-app.js";

const t = setupTestApp();

const vatRule = { rule: "business_days_after", count: 20, from: "period_end", holidays: true };

/** A firm in Estonia with two clients; the test clock is 15 January 2026. */
async function firm() {
  const owner = await t.signUp();
  const member = await t.join(owner, "member");
  const alder = (
    await owner.post<ClientDetail>("/api/clients", { name: "Alder OÜ", responsibleUserId: member.me.user.id })
  ).body;
  const birch = (await owner.post<ClientDetail>("/api/clients", { name: "Birch OÜ" })).body;
  const topics = (await owner.get<TopicList>("/api/topics")).body.items;
  const vat = topics.find((topic) => topic.name === "VAT return")!;
  return { owner, member, alder, birch, vat };
}

async function addTemplate(agent: Agent, body: Record<string, unknown>): Promise<WorkflowTemplate> {
  const res = await agent.post<WorkflowTemplate>("/api/workflow-templates", body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const vatTemplate = (topicId: string) => ({
  name: "VAT",
  tasks: [
    {
      title: "VAT return",
      topicId,
      assignee: "responsible",
      checklist: ["Return filed"],
      recurrence: { every: "month" },
      due: vatRule,
    },
    {
      title: "Payroll",
      recurrence: { every: "month" },
      due: { rule: "day_of_month", day: 20 },
      assignee: null,
    },
  ],
});

async function clientTasks(agent: Agent, clientId: string) {
  const list = (await agent.get<TaskList>(`/api/tasks?clientId=${clientId}&limit=200`)).body;
  return list.items.map((task) => `${task.deadline} ${task.title}`);
}

describe("workflow templates", () => {
  it("come with five built-in ones that can be hidden and cloned, not changed or deleted", async () => {
    const { owner, member } = await firm();
    const list = (await member.get<WorkflowTemplateList>("/api/workflow-templates")).body.items;
    expect(list.map((tpl) => tpl.name)).toEqual([
      "Annual report",
      "Monthly bookkeeping",
      "Monthly payroll",
      "Monthly VAT return",
      "Quarterly VAT return",
    ]);
    expect(list.every((tpl) => tpl.builtIn && tpl.tasks[0]!.topic !== null)).toBe(true);
    const vat = list.find((tpl) => tpl.name === "Monthly VAT return")!;
    const change = await owner.patch<ErrorBody>(`/api/workflow-templates/${vat.id}`, { name: "Mine" });
    expect(change.status).toBe(409);
    expect(change.body.error.message).toContain("clone it");
    expect((await owner.delete(`/api/workflow-templates/${vat.id}`)).status).toBe(409);
    expect((await owner.patch(`/api/workflow-templates/${vat.id}`, { hidden: true })).status).toBe(200);
    expect((await owner.get<WorkflowTemplateList>("/api/workflow-templates")).body.items).toHaveLength(4);
    const all = (await owner.get<WorkflowTemplateList>("/api/workflow-templates?includeHidden=true")).body;
    expect(all.items.find((tpl) => tpl.id === vat.id)?.hidden).toBe(true);
    const copy = await owner.post<WorkflowTemplate>(`/api/workflow-templates/${vat.id}/clone`);
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ name: "Copy of Monthly VAT return", builtIn: false, hidden: false });
    expect(copy.body.tasks[0]!.key).not.toBe(vat.tasks[0]!.key);
    expect((await member.post("/api/workflow-templates", vatTemplate(vat.tasks[0]!.topic!.id))).status).toBe(
      403,
    );
  });

  it("refuse bad rules and references, naming the field; another company's is not found", async () => {
    const { owner, vat } = await firm();
    const bad = await owner.post<ErrorBody>("/api/workflow-templates", {
      name: "Bad",
      tasks: [{ title: "X", recurrence: { every: "month" }, due: { rule: "business_days_after", count: 0 } }],
    });
    expect(bad.status).toBe(400);
    expect((bad.body.error.details as FieldError[]).map((d) => d.field)).toEqual(
      expect.arrayContaining(["tasks.0.due.count", "tasks.0.due.from"]),
    );
    const weekly = await owner.post<ErrorBody>("/api/workflow-templates", {
      name: "Weekly",
      tasks: [{ title: "X", recurrence: { every: "week" }, due: { rule: "day_of_month", day: 3 } }],
    });
    expect((weekly.body.error.details as FieldError[])[0]).toMatchObject({ field: "tasks.0.due.rule" });
    const other = await t.signUp();
    const otherTopic = (await other.get<TopicList>("/api/topics")).body.items[0]!;
    const foreign = await owner.post<ErrorBody>("/api/workflow-templates", vatTemplate(otherTopic.id));
    expect((foreign.body.error.details as FieldError[])[0]).toMatchObject({ field: "tasks.0.topicId" });
    const mine = await addTemplate(owner, vatTemplate(vat.id));
    expect((await other.get(`/api/workflow-templates/${mine.id}`)).status).toBe(404);
    expect((await other.patch(`/api/workflow-templates/${mine.id}`, { name: "X" })).status).toBe(404);
    expect((await other.post(`/api/workflow-templates/${mine.id}/apply`, { clientIds: [] })).status).toBe(
      400,
    );
  });

  it("show the next deadlines of a rule with the company calendar", async () => {
    const { owner } = await firm();
    const res = await owner.post<DueDatesPreview>("/api/workflow-templates/due-dates", {
      recurrence: { every: "month" },
      due: vatRule,
    });
    // 20 business days after December 2025 in Estonia (1 January and 24 February are holidays).
    expect(res.body.deadlines).toEqual([
      { period: "2025-12", deadline: "2026-01-29" },
      { period: "2026-01", deadline: "2026-03-02" },
      { period: "2026-02", deadline: "2026-03-27" },
    ]);
  });
});

describe("applying a template", () => {
  it("makes the tasks due within 45 days for each client, once, assigned by the rule", async () => {
    const { owner, member, alder, birch, vat } = await firm();
    const tpl = await addTemplate(owner, vatTemplate(vat.id));
    const applied = await owner.post<ApplyWorkflowResult>(`/api/workflow-templates/${tpl.id}/apply`, {
      clientIds: [alder.id, birch.id],
    });
    expect(applied.body).toEqual({ applied: 2, alreadyApplied: 0, tasksCreated: 6 });
    expect(await clientTasks(owner, alder.id)).toEqual([
      "2026-01-20 Payroll — January 2026",
      "2026-01-29 VAT return — December 2025",
      "2026-02-20 Payroll — February 2026",
    ]);
    const mine = (await member.get<TaskList>("/api/tasks?assignee=me")).body.items;
    expect(mine.map((task) => `${task.client.name}: ${task.title}`)).toEqual([
      "Alder OÜ: VAT return — December 2025",
    ]);
    expect(mine[0]!.checklist).toEqual([{ text: "Return filed", done: false }]);
    const history = (
      await member.get<{ items: { kind: string; by: unknown; item: string }[] }>(
        `/api/tasks/${mine[0]!.id}/history`,
      )
    ).body.items;
    expect(history).toEqual([expect.objectContaining({ kind: "created", by: null, item: "VAT" })]);
    const again = await owner.post<ApplyWorkflowResult>(`/api/workflow-templates/${tpl.id}/apply`, {
      clientIds: [alder.id],
    });
    expect(again.body).toEqual({ applied: 0, alreadyApplied: 1, tasksCreated: 0 });
    const workflows = (await member.get<ClientWorkflowList>(`/api/clients/${alder.id}/workflows`)).body.items;
    expect(workflows).toHaveLength(1);
    expect(workflows[0]).toMatchObject({ name: "VAT", customized: false, template: { id: tpl.id } });
    expect(workflows[0]!.tasks.map((task) => task.nextDeadline)).toEqual(["2026-01-29", "2026-01-20"]);
  });

  it("refuses clients of another company or archived ones, and members", async () => {
    const { owner, member, alder, vat } = await firm();
    const tpl = await addTemplate(owner, vatTemplate(vat.id));
    const other = await t.signUp();
    const theirs = (await other.post<ClientDetail>("/api/clients", { name: "Theirs" })).body;
    const res = await owner.post<ErrorBody>(`/api/workflow-templates/${tpl.id}/apply`, {
      clientIds: [alder.id, theirs.id],
    });
    expect(res.status).toBe(400);
    expect((res.body.error.details as FieldError[])[0]).toMatchObject({ field: "clientIds" });
    expect(
      (await member.post(`/api/workflow-templates/${tpl.id}/apply`, { clientIds: [alder.id] })).status,
    ).toBe(403);
    expect(await clientTasks(owner, alder.id)).toEqual([]);
    expect((await other.get(`/api/clients/${alder.id}/workflows`)).status).toBe(404);
  });
});

describe("a client's workflows", () => {
  it("belong to their company and refuse bad rules naming the field", async () => {
    const { owner, member, alder, vat } = await firm();
    const tpl = await addTemplate(owner, vatTemplate(vat.id));
    await owner.post(`/api/workflow-templates/${tpl.id}/apply`, { clientIds: [alder.id] });
    const [flow] = (await owner.get<ClientWorkflowList>(`/api/clients/${alder.id}/workflows`)).body.items;
    const url = `/api/clients/${alder.id}/workflows/${flow!.id}`;
    const bad = await owner.patch<ErrorBody>(url, {
      tasks: [{ title: "X", recurrence: { every: "year" }, due: { rule: "last_business_day" } }],
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error.details)).toContain('"field":"tasks.0.recurrence.month"');
    const other = await t.signUp();
    expect((await other.patch(url, { tasks: null })).status).toBe(404);
    expect((await other.delete(url)).status).toBe(404);
    expect((await member.patch(url, { tasks: null })).status).toBe(403);
    expect((await member.delete(url)).status).toBe(403);
    expect((await owner.get<ClientWorkflowList>(`/api/clients/${alder.id}/workflows`)).body.items[0]).toEqual(
      flow,
    );
  });
});
