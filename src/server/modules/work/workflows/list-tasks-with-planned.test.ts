import { describe, expect, it } from "vitest";
import type { CalendarDays } from "../../../../shared/api/calendar.js";
import type { ClientDetail } from "../../../../shared/api/clients.js";
import { TaskListQuery } from "../../../../shared/api/tasks.js";
import type { TaskListWithPlanned, WorkflowTemplate } from "../../../../shared/api/workflows.js";
import { CompanyScope } from "../../../db/company-scope.js";
import { setupTestApp } from "../../../test/test-app.js";
import { generateDueTasks } from "./generate-due-tasks.js";
import { listTasksWithPlanned } from "./list-tasks-with-planned.js";

const t = setupTestApp();
const DAY = 24 * 60 * 60;
const payroll = { title: "Payroll", recurrence: { every: "month" }, due: { rule: "day_of_month", day: 20 } };

/** A client with monthly payroll on the 20th, applied on 15 January 2026, its responsible a member. */
async function firm() {
  const owner = await t.signUp();
  const member = await t.join(owner, "member");
  const client = (
    await owner.post<ClientDetail>("/api/clients", { name: "Alder OÜ", responsibleUserId: member.me.user.id })
  ).body;
  const tpl = (await owner.post<WorkflowTemplate>("/api/workflow-templates", { name: "P", tasks: [payroll] }))
    .body;
  await owner.post(`/api/workflow-templates/${tpl.id}/apply`, { clientIds: [client.id] });
  const scope = new CompanyScope(t.database.db, owner.me.company.id);
  const list = async (query: Record<string, string>, userId = owner.me.user.id) => {
    const filter = TaskListQuery.parse(query);
    const page = await listTasksWithPlanned(scope, { filter, userId, now: t.clock.now() });
    return {
      total: page.total,
      items: page.items.map((task) => `${task.deadline} ${"planned" in task ? "planned" : "task"}`),
    };
  };
  return { owner, member, client, list };
}

describe("tasks with planned occurrences", () => {
  it("shows occurrences beyond 45 days as planned, in deadline order across pages", async () => {
    const { owner, client, list } = await firm();
    await owner.post("/api/tasks", { clientId: client.id, title: "Audit", deadline: "2026-04-01" });
    const page1 = await list({ to: "2026-06-30", limit: "3" });
    expect(page1).toEqual({
      total: 7,
      items: ["2026-01-20 task", "2026-02-20 task", "2026-03-20 planned"],
    });
    expect((await list({ to: "2026-06-30", limit: "3", page: "2" })).items).toEqual([
      "2026-04-01 task",
      "2026-04-20 planned",
      "2026-05-20 planned",
    ]);
    expect((await list({ to: "2026-06-30", limit: "3", page: "3" })).items).toEqual(["2026-06-20 planned"]);
  });

  it("become tasks when they come within 45 days, and are no longer planned", async () => {
    const { list } = await firm();
    t.advance(30 * DAY);
    await generateDueTasks(t.deps);
    expect((await list({ to: "2026-04-30" })).items).toEqual([
      "2026-01-20 task",
      "2026-02-20 task",
      "2026-03-20 task",
      "2026-04-20 planned",
    ]);
  });

  it("follow the filters: a person's (by the assignee rule), a topic's, and never done or overdue ones", async () => {
    const { owner, member, list } = await firm();
    expect((await list({ assignee: "me", to: "2026-04-30" }, member.me.user.id)).items).toEqual([
      "2026-01-20 task",
      "2026-02-20 task",
      "2026-03-20 planned",
      "2026-04-20 planned",
    ]);
    expect((await list({ assignee: "me", to: "2026-04-30" }, owner.me.user.id)).items).toEqual([]);
    expect((await list({ status: "overdue", to: "2026-04-30" })).items).toEqual([]);
    expect((await list({ status: "done", to: "2026-04-30" })).total).toBe(0);
  });
});

describe("GET /api/tasks?includePlanned=true", () => {
  it("answers planned occurrences without an id, marked planned", async () => {
    const { owner, client } = await firm();
    const res = await owner.get<TaskListWithPlanned>(
      `/api/tasks?includePlanned=true&clientId=${client.id}&to=2026-03-31`,
    );
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    const planned = res.body.items[2]!;
    expect(planned).toMatchObject({ planned: true, title: "Payroll — March 2026", deadline: "2026-03-20" });
    expect("id" in planned).toBe(false);
    const plain = await owner.get<TaskListWithPlanned>(`/api/tasks?clientId=${client.id}&to=2026-03-31`);
    expect(plain.body.total).toBe(2);
  });
});

describe("GET /api/calendar", () => {
  it("shows a month's tasks and its planned occurrences by day, planned ones without an id", async () => {
    const { owner, member, client } = await firm();
    const march = (await owner.get<CalendarDays>("/api/calendar?from=2026-03-01&to=2026-03-31")).body;
    const day20 = march.days.find((day) => day.date === "2026-03-20")!;
    expect(day20.items).toEqual([
      expect.objectContaining({
        id: null,
        planned: true,
        title: "Payroll — March 2026",
        client: { id: client.id, name: "Alder OÜ" },
      }),
    ]);
    const february = (await owner.get<CalendarDays>("/api/calendar?from=2026-02-01&to=2026-02-28")).body;
    expect(february.days.find((day) => day.date === "2026-02-20")!.items[0]).toMatchObject({
      planned: false,
    });
    // Only the member (the client's responsible person) has it.
    const mine = (await member.get<CalendarDays>("/api/calendar?from=2026-03-01&to=2026-03-31&assignee=me"))
      .body;
    expect(mine.days.flatMap((day) => day.items)).toHaveLength(1);
    const owners = (await owner.get<CalendarDays>("/api/calendar?from=2026-03-01&to=2026-03-31&assignee=me"))
      .body;
    expect(owners.days.flatMap((day) => day.items)).toHaveLength(0);
  });
});
