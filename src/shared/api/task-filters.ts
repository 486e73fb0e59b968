import { z } from "zod";
import { TaskListQuery } from "./tasks.js";

/** The filters a saved filter can hold: All tasks' filters without the page. */
export const SavedTaskQuery = TaskListQuery.omit({ page: true, limit: true });

/** A query string of All tasks' filters, read the way GET /api/tasks reads it. */
export function parseTaskFilterQuery(query: string) {
  return SavedTaskQuery.safeParse(Object.fromEntries(new URLSearchParams(query)));
}

export const TaskFilter = z
  .object({
    id: z.uuid(),
    name: z.string(),
    query: z.string().meta({
      description: "The filters as GET /api/tasks takes them, e.g. `assignee=me&status=overdue`.",
      example: "status=overdue&topicId=3f0c1c9e-8d7a-4c6e-9a55-0c1c9e8d7a4c",
    }),
    createdAt: z.string(),
  })
  .meta({ id: "TaskFilter" });
export type TaskFilter = z.infer<typeof TaskFilter>;

export const TaskFilterList = z
  .object({ items: z.array(TaskFilter) })
  .meta({ id: "TaskFilterList", description: "The signed-in person's saved filters, by name." });
export type TaskFilterList = z.infer<typeof TaskFilterList>;

export const CreateTaskFilterBody = z
  .object({
    name: z
      .string({ error: "Name the filter." })
      .trim()
      .min(1, "Name the filter.")
      .max(100, "Use at most 100 characters."),
    query: z
      .string({ error: "Give the filters as a query string." })
      .max(2000, "Use at most 2,000 characters.")
      .refine((query) => parseTaskFilterQuery(query).success, "These are not All tasks' filters."),
  })
  .meta({ id: "CreateTaskFilterBody" });
export type CreateTaskFilterBody = z.infer<typeof CreateTaskFilterBody>;
