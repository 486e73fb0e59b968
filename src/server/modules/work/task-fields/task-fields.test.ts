import { describe, expect, it } from "vitest";
import type { ClientDetail } from "../../../../shared/api/clients.js";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { TaskField, TaskFieldList } from "../../../../shared/api/task-fields.js";
import type { Task, TaskHistory } from "../../../../shared/api/tasks.js";
import { setupTestApp } from "../../../test/test-app.js";

const t = setupTestApp();

describe("task number fields", () => {
  it("are the company's: added, renamed and deleted by the Owner or an Admin, listed to everyone", async () => {
    const owner = await t.signUp();
    const member = await t.join(owner, "member");
    const sales = (await owner.post<TaskField>("/api/task-fields", { name: " Sales invoices " })).body;
    expect(sales.name).toBe("Sales invoices");
    await owner.post("/api/task-fields", { name: "Bank transactions" });
    expect((await member.get<TaskFieldList>("/api/task-fields")).body.items.map((f) => f.name)).toEqual([
      "Bank transactions",
      "Sales invoices",
    ]);
    expect((await member.post("/api/task-fields", { name: "Payslips" })).status).toBe(403);
    expect((await member.patch(`/api/task-fields/${sales.id}`, { name: "X" })).status).toBe(403);
    expect((await member.delete(`/api/task-fields/${sales.id}`)).status).toBe(403);
    const twice = await owner.post<ErrorBody>("/api/task-fields", { name: "SALES INVOICES" });
    expect(twice.status).toBe(409);
    const blank = await owner.post<ErrorBody>("/api/task-fields", { name: " " });
    expect(blank.status).toBe(400);
    expect(JSON.stringify(blank.body.error.details)).toContain('"field":"name"');
    const renamed = await owner.patch<TaskField>(`/api/task-fields/${sales.id}`, {
      name: "Sales invoices issued",
    });
    expect(renamed.body).toEqual({ id: sales.id, name: "Sales invoices issued" });

    const other = await t.signUp({ companyName: "Other Firm" });
    expect((await other.get<TaskFieldList>("/api/task-fields")).body.items).toEqual([]);
    expect((await other.patch(`/api/task-fields/${sales.id}`, { name: "Mine" })).status).toBe(404);
    expect((await other.delete(`/api/task-fields/${sales.id}`)).status).toBe(404);
    expect((await owner.delete(`/api/task-fields/${sales.id}`)).status).toBe(204);
    expect((await owner.get<TaskFieldList>("/api/task-fields")).body.items.map((f) => f.name)).toEqual([
      "Bank transactions",
    ]);
  });

  it("carry a value per task, set and cleared with PATCH, written to the history; bad values refused", async () => {
    const owner = await t.signUp();
    const member = await t.join(owner, "member");
    const client = (await owner.post<ClientDetail>("/api/clients", { name: "Alder Bakery OÜ" })).body;
    const sales = (await owner.post<TaskField>("/api/task-fields", { name: "Sales invoices" })).body;
    const bank = (await owner.post<TaskField>("/api/task-fields", { name: "Bank transactions" })).body;
    const task = (
      await owner.post<Task>("/api/tasks", {
        clientId: client.id,
        title: "Bookkeeping",
        deadline: "2026-01-20",
      })
    ).body;
    expect(task.fields).toEqual([
      { fieldId: bank.id, name: "Bank transactions", value: null },
      { fieldId: sales.id, name: "Sales invoices", value: null },
    ]);
    const set = await member.patch<Task>(`/api/tasks/${task.id}`, {
      fields: [
        { fieldId: sales.id, value: "120" },
        { fieldId: bank.id, value: "1234567890.55" },
      ],
    });
    expect(set.status).toBe(200);
    expect(set.body.fields).toEqual([
      { fieldId: bank.id, name: "Bank transactions", value: "1234567890.55" },
      { fieldId: sales.id, name: "Sales invoices", value: "120.00" },
    ]);
    const cleared = await member.patch<Task>(`/api/tasks/${task.id}`, {
      fields: [{ fieldId: sales.id, value: null }],
    });
    expect(cleared.body.fields.map((f) => f.value)).toEqual(["1234567890.55", null]);

    const other = await t.signUp({ companyName: "Other Firm" });
    const theirs = (await other.post<TaskField>("/api/task-fields", { name: "Theirs" })).body;
    for (const [fields, field] of [
      [[{ fieldId: sales.id, value: "1.234" }], "fields.0.value"],
      [[{ fieldId: sales.id, value: "ten" }], "fields.0.value"],
      [[{ fieldId: "nope", value: "1" }], "fields.0.fieldId"],
      [[{ fieldId: theirs.id, value: "1" }], "fields"],
      [
        [
          { fieldId: sales.id, value: "1" },
          { fieldId: sales.id, value: "2" },
        ],
        "fields",
      ],
    ] as const) {
      const res = await member.patch<ErrorBody>(`/api/tasks/${task.id}`, { fields });
      expect(res.status, JSON.stringify(fields)).toBe(400);
      expect(JSON.stringify(res.body.error.details)).toContain(`"field":"${field}"`);
    }
    expect((await member.get<Task>(`/api/tasks/${task.id}`)).body.fields.map((f) => f.value)).toEqual([
      "1234567890.55",
      null,
    ]);
    const history = (await member.get<TaskHistory>(`/api/tasks/${task.id}/history`)).body.items;
    expect(history.slice(0, 2).map((e) => e.changes)).toEqual([
      [{ field: "Sales invoices", before: "120.00", after: null }],
      [
        { field: "Sales invoices", before: null, after: "120" },
        { field: "Bank transactions", before: null, after: "1234567890.55" },
      ],
    ]);
  });
});
