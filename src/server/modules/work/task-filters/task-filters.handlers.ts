import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../../app-env.js";
import { createTaskFilter as create } from "./create-task-filter.js";
import { deleteTaskFilter as destroy } from "./delete-task-filter.js";
import { listTaskFilters as list } from "./list-task-filters.js";
import type * as routes from "./task-filters.routes.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const listTaskFilters: Handler<"listTaskFilters"> = async (c) =>
  c.json(await list(c.get("scope"), c.get("auth").userId), 200);

export const createTaskFilter: Handler<"createTaskFilter"> = async (c) => {
  const input = { filter: c.req.valid("json"), userId: c.get("auth").userId, now: c.get("deps").clock.now() };
  return c.json(await create(c.get("scope"), input), 201);
};

export const deleteTaskFilter: Handler<"deleteTaskFilter"> = async (c) => {
  await destroy(c.get("scope"), { id: c.req.valid("param").id, userId: c.get("auth").userId });
  return c.body(null, 204);
};
