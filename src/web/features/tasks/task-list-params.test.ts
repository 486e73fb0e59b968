import { describe, expect, it } from "vitest";
import {
  DEFAULT_TASK_PARAMS,
  isTaskListFiltered,
  readTaskParams,
  savedFilterAddress,
  taskApiQuery,
  taskFilterQuery,
  writeTaskParams,
} from "./task-list-params.js";

const id = "3f0c1c9e-8d7a-4c6e-9a55-0c1c9e8d7a4c";

describe("All tasks' address", () => {
  it("reads what it wrote, and falls back to the defaults on anything unknown", () => {
    const params = {
      ...DEFAULT_TASK_PARAMS,
      assignee: "me",
      topicId: id,
      status: "overdue" as const,
      page: 3,
    };
    expect(readTaskParams(writeTaskParams(params))).toEqual(params);
    expect(writeTaskParams(DEFAULT_TASK_PARAMS).toString()).toBe("");
    expect(
      readTaskParams(new URLSearchParams("assignee=bob&clientId=x&status=soon&from=2026-02-30&page=-1")),
    ).toEqual(DEFAULT_TASK_PARAMS);
  });

  it("asks the API for a page of 50, with no status for any", () => {
    expect(taskApiQuery({ ...DEFAULT_TASK_PARAMS, from: "2026-01-01" })).toBe(
      "status=open&from=2026-01-01&page=1&limit=50",
    );
    expect(taskFilterQuery({ ...DEFAULT_TASK_PARAMS, status: "any", clientId: id }).toString()).toBe(
      `clientId=${id}`,
    );
  });

  it("opens a saved filter without a status with every status shown", () => {
    expect(savedFilterAddress(`clientId=${id}`).toString()).toBe(`clientId=${id}&status=any`);
    expect(savedFilterAddress("status=overdue").toString()).toBe("status=overdue");
  });

  it("knows when the list is narrowed", () => {
    expect(isTaskListFiltered(DEFAULT_TASK_PARAMS)).toBe(false);
    expect(isTaskListFiltered({ ...DEFAULT_TASK_PARAMS, status: "any" })).toBe(false);
    expect(isTaskListFiltered({ ...DEFAULT_TASK_PARAMS, status: "done" })).toBe(true);
  });
});
