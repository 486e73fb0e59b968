import { describe, expect, it } from "vitest";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { TaskFilter, TaskFilterList } from "../../../../shared/api/task-filters.js";
import { setupTestApp } from "../../../test/test-app.js";

const t = setupTestApp();

describe("saved task filters", () => {
  it("are a person's own: saved under a name, listed by name, deleted", async () => {
    const owner = await t.signUp();
    const member = await t.join(owner, "member");
    const overdue = await member.post<TaskFilter>("/api/task-filters", {
      name: " Overdue VAT ",
      query: "status=overdue&page=3&unknown=1",
    });
    expect(overdue.status).toBe(201);
    expect(overdue.body).toMatchObject({ name: "Overdue VAT", query: "status=overdue" });
    await member.post("/api/task-filters", { name: "Mine", query: "assignee=me&from=2026-01-01" });
    expect((await member.get<TaskFilterList>("/api/task-filters")).body.items.map((f) => f.name)).toEqual([
      "Mine",
      "Overdue VAT",
    ]);
    // Nobody else sees or deletes them.
    expect((await owner.get<TaskFilterList>("/api/task-filters")).body.items).toEqual([]);
    expect((await owner.delete(`/api/task-filters/${overdue.body.id}`)).status).toBe(404);
    const other = await t.signUp({ companyName: "Other Firm" });
    expect((await other.delete(`/api/task-filters/${overdue.body.id}`)).status).toBe(404);
    expect((await member.delete(`/api/task-filters/${overdue.body.id}`)).status).toBe(204);
    expect((await member.get<TaskFilterList>("/api/task-filters")).body.items.map((f) => f.name)).toEqual([
      "Mine",
    ]);
  });

  it("refuses a second filter of the same name and bad filters, naming the field", async () => {
    const owner = await t.signUp();
    await owner.post("/api/task-filters", { name: "Mine", query: "assignee=me" });
    const twice = await owner.post<ErrorBody>("/api/task-filters", { name: "MINE", query: "" });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe("You have a filter called MINE already.");
    for (const [body, field] of [
      [{ name: "", query: "" }, "name"],
      [{ name: "Bad", query: "status=someday" }, "query"],
      [{ name: "Bad", query: "from=2026-02-30" }, "query"],
      [{ name: "Bad" }, "query"],
    ] as const) {
      const res = await owner.post<ErrorBody>("/api/task-filters", body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.error.details)).toContain(`"field":"${field}"`);
    }
    expect((await owner.delete("/api/task-filters/nope")).status).toBe(400);
  });
});
