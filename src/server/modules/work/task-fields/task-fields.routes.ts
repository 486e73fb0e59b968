import { createRoute } from "@hono/zod-openapi";
import { IdParam } from "../../../../shared/api/common.js";
import { TaskField, TaskFieldBody, TaskFieldList } from "../../../../shared/api/task-fields.js";
import { errors, jsonBody, jsonContent, NoContent, signedIn } from "../../../lib/http/responses.js";

const tags = ["Tasks"];
const security = signedIn;

export const listTaskFields = createRoute({
  method: "get",
  path: "/task-fields",
  tags,
  security,
  summary: "The company's task number fields (e.g. Sales invoices)",
  responses: { 200: jsonContent(TaskFieldList, "The fields, by name."), 401: errors[401] },
});

export const createTaskField = createRoute({
  method: "post",
  path: "/task-fields",
  tags,
  security,
  summary: "Add a task number field (Owner or Admin)",
  request: { body: jsonBody(TaskFieldBody) },
  responses: {
    201: jsonContent(TaskField, "The field."),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    409: errors[409],
  },
});

export const renameTaskField = createRoute({
  method: "patch",
  path: "/task-fields/{id}",
  tags,
  security,
  summary: "Rename a task number field (Owner or Admin); tasks keep their values",
  request: { params: IdParam, body: jsonBody(TaskFieldBody) },
  responses: {
    200: jsonContent(TaskField, "The field."),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const deleteTaskField = createRoute({
  method: "delete",
  path: "/task-fields/{id}",
  tags,
  security,
  summary: "Delete a task number field with every task's value of it (Owner or Admin)",
  request: { params: IdParam },
  responses: { 204: NoContent, 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404] },
});
