import { describe, expect, it } from "vitest";
import type { CalendarDays } from "../../../../shared/api/calendar.js";
import type { ClientDetail } from "../../../../shared/api/clients.js";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { Task } from "../../../../shared/api/tasks.js";
import type { TopicList } from "../../../../shared/api/topics.js";
import { type Agent, setupTestApp } from "../../../test/test-app.js";

const t = setupTestApp();

async function addTask(agent: Agent, body: Record<string, unknown>): Promise<Task> {
  const res = await agent.post<Task>("/api/tasks", body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const itemsOn = (calendar: CalendarDays, date: string) =>
  calendar.days.find((d) => d.date === date)?.items.map((i) => i.title);

describe("the month calendar", () => {
  it("gives every day of the range with the tasks due on it, filtered like All tasks", async () => {
    const owner = await t.signUp();
    const member = await t.join(owner, "member");
    const alder = (await owner.post<ClientDetail>("/api/clients", { name: "Alder Bakery OÜ" })).body;
    const birch = (await owner.post<ClientDetail>("/api/clients", { name: "Birch Studio OÜ" })).body;
    const vat = (await owner.get<TopicList>("/api/topics")).body.items.find((x) => x.name === "VAT return")!;
    const late = await addTask(owner, {
      clientId: alder.id,
      title: "Payroll",
      deadline: "2026-01-10",
      assigneeIds: [member.me.user.id],
    });
    await addTask(owner, {
      clientId: birch.id,
      title: "VAT return",
      deadline: "2026-01-20",
      topicId: vat.id,
    });
    await addTask(owner, { clientId: alder.id, title: "Bookkeeping", deadline: "2026-01-20" });
    await addTask(owner, { clientId: alder.id, title: "Next month", deadline: "2026-02-10" });

    const res = await member.get<CalendarDays>("/api/calendar?from=2026-01-01&to=2026-01-31");
    expect(res.status).toBe(200);
    expect(res.body.days).toHaveLength(31);
    expect(res.body.days[0]).toEqual({ date: "2026-01-01", items: [] });
    expect(itemsOn(res.body, "2026-01-20")).toEqual(["Bookkeeping", "VAT return"]);
    expect(res.body.days.find((d) => d.date === "2026-01-10")!.items).toEqual([
      {
        id: late.id,
        planned: false,
        title: "Payroll",
        client: { id: alder.id, name: "Alder Bakery OÜ" },
        topic: null,
        assignees: [{ id: member.me.user.id, name: member.me.user.name }],
        deadline: "2026-01-10",
        status: "not_started",
        overdue: true,
      },
    ]);
    const mine = (await member.get<CalendarDays>("/api/calendar?from=2026-01-01&to=2026-01-31&assignee=me"))
      .body;
    expect(mine.days.flatMap((d) => d.items.map((i) => i.title))).toEqual(["Payroll"]);
    const birchOnly = (
      await owner.get<CalendarDays>(`/api/calendar?from=2026-01-01&to=2026-01-31&clientId=${birch.id}`)
    ).body;
    expect(birchOnly.days.flatMap((d) => d.items.map((i) => i.title))).toEqual(["VAT return"]);
    const vatOnly = (
      await owner.get<CalendarDays>(`/api/calendar?from=2026-01-01&to=2026-01-31&topicId=${vat.id}`)
    ).body;
    expect(vatOnly.days.flatMap((d) => d.items.map((i) => i.title))).toEqual(["VAT return"]);

    const other = await t.signUp({ companyName: "Other Firm" });
    const theirs = (await other.get<CalendarDays>("/api/calendar?from=2026-01-01&to=2026-01-31")).body;
    expect(theirs.days.flatMap((d) => d.items)).toEqual([]);
  });

  it("refuses a bad range, naming the field", async () => {
    const owner = await t.signUp();
    for (const [query, field] of [
      ["to=2026-01-31", "from"],
      ["from=2026-01-01", "to"],
      ["from=2026-01-31&to=2026-01-01", "to"],
      ["from=2026-01-01&to=2026-03-04", "to"],
      ["from=2026-02-30&to=2026-03-04", "from"],
      ["from=2026-01-01&to=2026-01-31&assignee=bob", "assignee"],
    ] as const) {
      const res = await owner.get<ErrorBody>(`/api/calendar?${query}`);
      expect(res.status, query).toBe(400);
      expect(JSON.stringify(res.body.error.details)).toContain(`"field":"${field}"`);
    }
    expect((await owner.get("/api/calendar?from=2026-01-01&to=2026-03-03")).status).toBe(200);
  });
});
