import { createRoute } from "@hono/zod-openapi";
import { IdParam } from "../../../../shared/api/common.js";
import {
  BulkTasksBody,
  BulkTasksResult,
  CreateTaskBody,
  MoveTaskLaterBody,
  PostponeTaskBody,
  Task,
  TaskHistory,
  TaskListQuery,
  UpdateTaskBody,
} from "../../../../shared/api/tasks.js";
import { TaskListWithPlanned } from "../../../../shared/api/workflows.js";
import { errors, jsonBody, jsonContent, NoContent, signedIn } from "../../../lib/http/responses.js";

const tags = ["Tasks"];
const security = signedIn;
const common = { 400: errors[400], 401: errors[401] };

export const listTasks = createRoute({
  method: "get",
  path: "/tasks",
  tags,
  security,
  summary:
    "Tasks by deadline: a person's (`assignee=me`), a client's, a topic's, by status (`open`, `overdue`: in the company's time zone) and deadline range; paged",
  request: { query: TaskListQuery },
  responses: { 200: jsonContent(TaskListWithPlanned, "A page of tasks and how many match."), ...common },
});

export const createTask = createRoute({
  method: "post",
  path: "/tasks",
  tags,
  security,
  summary: "A task for a client, with its deadline, topic, assignees, estimate and checklist",
  request: { body: jsonBody(CreateTaskBody) },
  responses: { 201: jsonContent(Task, "The task."), ...common },
});

export const getTask = createRoute({
  method: "get",
  path: "/tasks/{id}",
  tags,
  security,
  summary: "A task",
  request: { params: IdParam },
  responses: { 200: jsonContent(Task, "The task."), 404: errors[404], ...common },
});

export const updateTask = createRoute({
  method: "patch",
  path: "/tasks/{id}",
  tags,
  security,
  summary:
    "Change a task (its checklist and assignees are replaced when sent); `status: done` is refused (409) while checklist items are unticked, if the company's task settings ask for that",
  request: { params: IdParam, body: jsonBody(UpdateTaskBody) },
  responses: {
    200: jsonContent(Task, "The task after the change."),
    404: errors[404],
    409: errors[409],
    ...common,
  },
});

export const deleteTask = createRoute({
  method: "delete",
  path: "/tasks/{id}",
  tags,
  security,
  summary: "Delete a task (Owner or Admin)",
  request: { params: IdParam },
  responses: { 204: NoContent, 403: errors[403], 404: errors[404], ...common },
});

export const markTaskDone = createRoute({
  method: "post",
  path: "/tasks/{id}/done",
  tags,
  security,
  summary:
    "Mark done (refused with 409 while checklist items are unticked, if the company's task settings ask for that)",
  request: { params: IdParam },
  responses: { 200: jsonContent(Task, "The task, done."), 404: errors[404], 409: errors[409], ...common },
});

export const postponeTask = createRoute({
  method: "post",
  path: "/tasks/{id}/postpone",
  tags,
  security,
  summary: "Postpone an unfinished task to a later deadline",
  request: { params: IdParam, body: jsonBody(PostponeTaskBody) },
  responses: {
    200: jsonContent(Task, "The task with its new deadline."),
    404: errors[404],
    409: errors[409],
    ...common,
  },
});

export const moveTaskToLater = createRoute({
  method: "post",
  path: "/tasks/{id}/later",
  tags,
  security,
  summary:
    "Move to later: the task is picked up on `until` (its start date; after today in the company's zone, on or before the deadline). The deadline stays: to move it, postpone",
  request: { params: IdParam, body: jsonBody(MoveTaskLaterBody) },
  responses: {
    200: jsonContent(Task, "The task with its new start date."),
    404: errors[404],
    409: errors[409],
    ...common,
  },
});

export const bulkUpdateTasks = createRoute({
  method: "post",
  path: "/tasks/bulk",
  tags,
  security,
  summary:
    "Reassign, mark done or postpone up to 500 tasks; each is done on its own and reported (a refused or unknown task does not stop the rest)",
  request: { body: jsonBody(BulkTasksBody) },
  responses: { 200: jsonContent(BulkTasksResult, "One result per task."), ...common },
});

export const getTaskHistory = createRoute({
  method: "get",
  path: "/tasks/{id}/history",
  tags,
  security,
  summary: "A task's history: made, changed, done, reopened, postponed, moved to later, checklist ticks",
  request: { params: IdParam },
  responses: { 200: jsonContent(TaskHistory, "Newest first."), 404: errors[404], ...common },
});
