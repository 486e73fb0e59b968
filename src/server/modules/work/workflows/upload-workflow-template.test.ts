import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ErrorBody, FieldError } from "../../../../shared/api/common.js";
import type { TopicList } from "../../../../shared/api/topics.js";
import type { UploadWorkflowTemplateResult, WorkflowTemplateList } from "../../../../shared/api/workflows.js";
import { type Agent, setupTestApp } from "../../../test/test-app.js";

const t = setupTestApp();

/** A multipart/form-data request as a browser sends it (text only: a CSV). */
async function upload(agent: Agent, fields: Record<string, string | File>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const encoded = new Response(form);
  const type = encoded.headers.get("content-type") ?? "";
  return agent.request<UploadWorkflowTemplateResult & ErrorBody>(
    "POST",
    "/api/workflow-templates/upload",
    await encoded.text(),
    {
      "Content-Type": type,
    },
  );
}

const csv = (text: string, name = "payroll.csv") => new File([text], name, { type: "text/csv" });

describe("POST /api/workflow-templates/upload", () => {
  it("makes a template of the rows it can read and lists the others with their row numbers", async () => {
    const owner = await t.signUp();
    const payroll = (await owner.get<TopicList>("/api/topics")).body.items.find(
      (topic) => topic.name === "Payroll",
    )!;
    const res = await upload(owner, {
      file: csv(
        "Title;Topic;Assignee;Recurrence;Due;Estimate\r\nPayroll;payroll;;monthly;last business day;2\r\nPayslips;Payroll;;monthly;whenever;1\r\n",
      ),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.template).toMatchObject({ name: "payroll", builtIn: false, clientCount: 0 });
    expect(res.body.template.tasks).toMatchObject([
      {
        title: "Payroll",
        topic: { id: payroll.id, name: "Payroll" },
        assignee: null,
        estimateMinutes: 120,
        recurrence: { every: "month" },
        due: { rule: "last_business_day" },
      },
    ]);
    expect(res.body.refused).toEqual([
      { row: 3, reason: expect.stringContaining('cannot read the due rule "whenever"') },
    ]);
    const list = (await owner.get<WorkflowTemplateList>("/api/workflow-templates")).body;
    expect(list.items.map((tpl) => tpl.name)).toContain("payroll");
  });

  it("takes the example file the page offers, named as asked", async () => {
    const owner = await t.signUp();
    const example = readFileSync(
      new URL("../../../../web/public/workflow-template-example.csv", import.meta.url),
      "utf8",
    );
    const res = await upload(owner, { file: csv(example, "example.csv"), name: "Our year" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.template.name).toBe("Our year");
    expect(res.body.template.tasks).toHaveLength(6);
    expect(res.body.refused).toEqual([]);
  });

  it("changes nothing when no row can be taken (400 with the rows), a Title column is missing, or no file is sent", async () => {
    const owner = await t.signUp();
    const before = (await owner.get<WorkflowTemplateList>("/api/workflow-templates")).body.items.length;
    const none = await upload(owner, { file: csv("Title,Due\n,day 5\nX,whenever\n") });
    expect(none.status).toBe(400);
    expect(none.body.error.details).toEqual({
      refused: [
        { row: 2, reason: "The task has no title." },
        {
          row: 3,
          reason: "Say how often in the Recurrence column: weekly, monthly, quarterly, yearly or once.",
        },
      ],
    });
    const noTitle = await upload(owner, { file: csv("Task name,Due\nX,day 5\n") });
    expect(noTitle.status).toBe(400);
    expect((noTitle.body.error.details as FieldError[])[0]?.field).toBe("file");
    const noFile = await upload(owner, { name: "Nothing" });
    expect(noFile.status).toBe(400);
    expect((noFile.body.error.details as FieldError[])[0]).toEqual({
      field: "file",
      message: "Choose a CSV or Excel (.xlsx) file.",
    });
    expect((await owner.get<WorkflowTemplateList>("/api/workflow-templates")).body.items).toHaveLength(
      before,
    );
  });

  it("is for the Company Owner and Admins", async () => {
    const owner = await t.signUp();
    const member = await t.join(owner, "member");
    const res = await upload(member, { file: csv("Title,Recurrence,Due\nX,monthly,day 5\n") });
    expect(res.status).toBe(403);
  });
});
