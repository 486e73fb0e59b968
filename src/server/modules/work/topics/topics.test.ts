import { describe, expect, it } from "vitest";
import type { ErrorBody } from "../../../../shared/api/common.js";
import type { Topic, TopicList } from "../../../../shared/api/topics.js";
import { setupTestApp } from "../../../test/test-app.js";

const t = setupTestApp();

const names = (list: TopicList) => list.items.map((topic) => topic.name);

describe("topics", () => {
  it("start as the work most firms do, Internal not billable", async () => {
    const owner = await t.signUp();
    const list = (await owner.get<TopicList>("/api/topics")).body;
    expect(names(list)).toEqual([
      "Annual report",
      "Bookkeeping",
      "Consulting",
      "Internal",
      "Payroll",
      "VAT return",
    ]);
    expect(list.items.find((topic) => topic.name === "Internal")).toMatchObject({
      billable: false,
      archived: false,
    });
  });

  it("are added, renamed and archived by the Owner; an archived topic is listed only when asked", async () => {
    const owner = await t.signUp();
    const added = await owner.post<Topic>("/api/topics", { name: "  Year-end stock count " });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: "Year-end stock count", billable: true, archived: false });

    const renamed = await owner.patch<Topic>(`/api/topics/${added.body.id}`, {
      name: "Stock count",
      billable: false,
    });
    expect(renamed.body).toMatchObject({ name: "Stock count", billable: false });
    const archived = await owner.patch<Topic>(`/api/topics/${added.body.id}`, { archived: true });
    expect(archived.body.archived).toBe(true);
    expect(names((await owner.get<TopicList>("/api/topics")).body)).not.toContain("Stock count");
    expect(names((await owner.get<TopicList>("/api/topics?includeArchived=true")).body)).toContain(
      "Stock count",
    );

    expect((await owner.delete(`/api/topics/${added.body.id}`)).status).toBe(204);
    expect(names((await owner.get<TopicList>("/api/topics?includeArchived=true")).body)).not.toContain(
      "Stock count",
    );
  });

  it("refuses a name already used (whatever its case), an empty name, and a bad query; nothing changes", async () => {
    const owner = await t.signUp();
    const twin = await owner.post<ErrorBody>("/api/topics", { name: "payroll" });
    expect(twin.status).toBe(409);
    expect(twin.body.error.message).toBe("There is a topic called payroll already.");
    const vat = (await owner.get<TopicList>("/api/topics")).body.items.find(
      (topic) => topic.name === "VAT return",
    )!;
    const clash = await owner.patch<ErrorBody>(`/api/topics/${vat.id}`, { name: "BOOKKEEPING" });
    expect(clash.status).toBe(409);
    const empty = await owner.post<ErrorBody>("/api/topics", { name: "   " });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body.error.details)).toContain("Name the topic.");
    expect((await owner.get("/api/topics?includeArchived=yes")).status).toBe(400);
    expect((await owner.get<TopicList>("/api/topics")).body.items).toHaveLength(6);
  });

  it("are read by Members and changed only by the Owner or an Admin; another company's topic is not found", async () => {
    const owner = await t.signUp();
    const member = await t.join(owner, "member");
    expect((await member.get<TopicList>("/api/topics")).body.items).toHaveLength(6);
    expect((await member.post("/api/topics", { name: "Audit" })).status).toBe(403);
    const admin = await t.join(owner, "admin");
    expect((await admin.post("/api/topics", { name: "Audit" })).status).toBe(201);

    const other = await t.signUp({ companyName: "Other Firm" });
    const theirs = (await other.get<TopicList>("/api/topics")).body.items[0]!;
    expect((await owner.patch(`/api/topics/${theirs.id}`, { name: "Mine now" })).status).toBe(404);
    expect((await owner.delete(`/api/topics/${theirs.id}`)).status).toBe(404);
    expect(names((await other.get<TopicList>("/api/topics")).body)).not.toContain("Mine now");
    expect(names((await other.get<TopicList>("/api/topics")).body)).not.toContain("Audit");
  });
});
