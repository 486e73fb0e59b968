import { describe, expect, it } from "vitest";
import { checkTemplateDraft, newTaskDraft, scheduleOf, taskBody, taskDraft } from "./task-draft.js";

describe("a template task in the editor", () => {
  it("becomes the API's body, hours in minutes and one checklist item a line", () => {
    const draft = {
      ...newTaskDraft(),
      title: "VAT return",
      estimateHours: "1,5",
      checklist: "Report checked\n\n Return filed ",
      rule: "business_days_after" as const,
      count: "20",
    };
    expect(taskBody(draft)).toEqual({
      title: "VAT return",
      description: null,
      topicId: null,
      assignee: "responsible",
      estimateMinutes: 90,
      checklist: ["Report checked", "Return filed"],
      recurrence: { every: "month" },
      due: { rule: "business_days_after", count: 20, from: "period_end", holidays: true },
    });
  });

  it("reads a saved task back the same", () => {
    const key = "00000000-0000-4000-8000-000000000001";
    const draft = taskDraft({
      key,
      title: "Annual report",
      description: null,
      topic: null,
      assignee: null,
      estimateMinutes: 480,
      checklist: ["Notes"],
      recurrence: { every: "year", month: 6 },
      due: { rule: "day_of_month", day: 30, onNonWorkingDay: "before" },
    });
    expect(taskBody(draft)).toMatchObject({
      key,
      assignee: null,
      estimateMinutes: 480,
      recurrence: { every: "year", month: 6 },
      due: { rule: "day_of_month", day: 30, onNonWorkingDay: "before" },
    });
  });

  it("has no schedule to preview while a number is half typed", () => {
    expect(scheduleOf({ ...newTaskDraft(), day: "" })).toBeNull();
    expect(scheduleOf({ ...newTaskDraft(), day: "5" })).toEqual({
      recurrence: { every: "month" },
      due: { rule: "day_of_month", day: 5, onNonWorkingDay: "before" },
    });
  });

  it("names errors by the server's field paths", () => {
    const result = checkTemplateDraft({
      name: "",
      description: "",
      tasks: [
        { ...newTaskDraft(), title: "A" },
        { ...newTaskDraft(), title: "", day: "40", estimateHours: "soon" },
      ],
    });
    expect(result.errors).toEqual({
      name: "Name the template.",
      "tasks.1.title": "Give the task a title.",
      "tasks.1.estimateMinutes": "Write the estimate in hours, e.g. 1.5.",
      "tasks.1.due.day": "Choose a day of the month: 1 … 31.",
    });
  });
});
