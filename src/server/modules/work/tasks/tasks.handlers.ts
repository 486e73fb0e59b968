import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../../app-env.js";
import { assertCanManage } from "../../auth/authenticate.js";
import { listTasksWithPlanned as listWithPlanned } from "../workflows/list-tasks-with-planned.js";
import { bulkUpdateTasks as bulk } from "./bulk-update-tasks.js";
import { createTask as create } from "./create-task.js";
import { deleteTask as destroy } from "./delete-task.js";
import { getTask as get } from "./get-task.js";
import { getTaskHistory as history } from "./get-task-history.js";
import { listTasks as list } from "./list-tasks.js";
import { markTaskDone as done } from "./mark-task-done.js";
import { moveTaskToLater as later } from "./move-task-to-later.js";
import { postponeTask as postpone } from "./postpone-task.js";
import type * as routes from "./tasks.routes.js";
import { updateTask as edit } from "./update-task.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;
const now = (c: { get(key: "deps"): { clock: { now(): Date } } }) => c.get("deps").clock.now();

export const listTasks: Handler<"listTasks"> = async (c) => {
  const filter = c.req.valid("query");
  const input = { filter, userId: c.get("auth").userId, now: now(c) };
  return c.json(await (filter.includePlanned ? listWithPlanned : list)(c.get("scope"), input), 200);
};

export const createTask: Handler<"createTask"> = async (c) => {
  const input = { task: c.req.valid("json"), userId: c.get("auth").userId, now: now(c) };
  return c.json(await create(c.get("scope"), input), 201);
};

export const getTask: Handler<"getTask"> = async (c) =>
  c.json(await get(c.get("scope"), { id: c.req.valid("param").id, now: now(c) }), 200);

export const updateTask: Handler<"updateTask"> = async (c) => {
  const input = {
    id: c.req.valid("param").id,
    changes: c.req.valid("json"),
    userId: c.get("auth").userId,
    now: now(c),
  };
  return c.json(await edit(c.get("scope"), input), 200);
};

export const deleteTask: Handler<"deleteTask"> = async (c) => {
  assertCanManage(c.get("auth"));
  await destroy(c.get("scope"), c.req.valid("param").id);
  return c.body(null, 204);
};

export const markTaskDone: Handler<"markTaskDone"> = async (c) => {
  const input = { id: c.req.valid("param").id, userId: c.get("auth").userId, now: now(c) };
  return c.json(await done(c.get("scope"), input), 200);
};

export const postponeTask: Handler<"postponeTask"> = async (c) => {
  const input = {
    id: c.req.valid("param").id,
    to: c.req.valid("json").to,
    userId: c.get("auth").userId,
    now: now(c),
  };
  return c.json(await postpone(c.get("scope"), input), 200);
};

export const moveTaskToLater: Handler<"moveTaskToLater"> = async (c) => {
  const input = {
    id: c.req.valid("param").id,
    until: c.req.valid("json").until,
    userId: c.get("auth").userId,
    now: now(c),
  };
  return c.json(await later(c.get("scope"), input), 200);
};

export const bulkUpdateTasks: Handler<"bulkUpdateTasks"> = async (c) => {
  const input = { request: c.req.valid("json"), userId: c.get("auth").userId, now: now(c) };
  return c.json(await bulk(c.get("scope"), input), 200);
};

export const getTaskHistory: Handler<"getTaskHistory"> = async (c) =>
  c.json(await history(c.get("scope"), c.req.valid("param").id), 200);
