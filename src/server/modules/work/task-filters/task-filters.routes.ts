import { createRoute } from "@hono/zod-openapi";
import { IdParam } from "../../../../shared/api/common.js";
import { CreateTaskFilterBody, TaskFilter, TaskFilterList } from "../../../../shared/api/task-filters.js";
import { errors, jsonBody, jsonContent, NoContent, signedIn } from "../../../lib/http/responses.js";

const tags = ["Tasks"];
const security = signedIn;

export const listTaskFilters = createRoute({
  method: "get",
  path: "/task-filters",
  tags,
  security,
  summary: "Your saved All tasks filters",
  responses: { 200: jsonContent(TaskFilterList, "Your filters, by name."), 401: errors[401] },
});

export const createTaskFilter = createRoute({
  method: "post",
  path: "/task-filters",
  tags,
  security,
  summary: "Save All tasks' filters under a name (yours only)",
  request: { body: jsonBody(CreateTaskFilterBody) },
  responses: {
    201: jsonContent(TaskFilter, "The saved filter."),
    400: errors[400],
    401: errors[401],
    409: errors[409],
  },
});

export const deleteTaskFilter = createRoute({
  method: "delete",
  path: "/task-filters/{id}",
  tags,
  security,
  summary: "Delete one of your saved filters",
  request: { params: IdParam },
  responses: { 204: NoContent, 400: errors[400], 401: errors[401], 404: errors[404] },
});
