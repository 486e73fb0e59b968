import { describe, expect, it } from "vitest";
import { bucketOf, groupTasks } from "./task-buckets.js";

describe("My tasks' groups", () => {
  // Wednesday 14 January 2026.
  const today = "2026-01-14";

  it("puts a task by its deadline: before today, today, by Sunday, later", () => {
    expect(bucketOf({ deadline: "2026-01-13" }, today)).toBe("Overdue");
    expect(bucketOf({ deadline: "2026-01-14" }, today)).toBe("Today");
    expect(bucketOf({ deadline: "2026-01-18" }, today)).toBe("This week");
    expect(bucketOf({ deadline: "2026-01-19" }, today)).toBe("Later");
  });

  it("puts a task moved to later under Later until its start date, unless it is overdue", () => {
    expect(bucketOf({ deadline: "2026-01-16", startDate: "2026-01-15" }, today)).toBe("Later");
    expect(bucketOf({ deadline: "2026-01-16", startDate: "2026-01-14" }, today)).toBe("This week");
    expect(bucketOf({ deadline: "2026-01-13", startDate: "2026-01-15" }, today)).toBe("Overdue");
  });

  it("on a Sunday, this week is only today", () => {
    expect(bucketOf({ deadline: "2026-01-19" }, "2026-01-18")).toBe("Later");
  });

  it("keeps the given order inside a group and leaves empty groups out", () => {
    const groups = groupTasks(
      [{ deadline: "2026-01-02" }, { deadline: "2026-01-10" }, { deadline: "2026-02-01" }],
      today,
    );
    expect(groups.map((g) => [g.name, g.tasks.map((t) => t.deadline)])).toEqual([
      ["Overdue", ["2026-01-02", "2026-01-10"]],
      ["Later", ["2026-02-01"]],
    ]);
  });
});
