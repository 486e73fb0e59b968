import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../../app-env.js";
import { createRouter } from "../../../app-router.js";
import { assertCanManage, requireAuth } from "../../auth/authenticate.js";
import { createTaskField } from "./create-task-field.js";
import { deleteTaskField } from "./delete-task-field.js";
import { listTaskFields } from "./list-task-fields.js";
import { renameTaskField } from "./rename-task-field.js";
import * as routes from "./task-fields.routes.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

const list: Handler<"listTaskFields"> = async (c) => c.json(await listTaskFields(c.get("scope")), 200);

const create: Handler<"createTaskField"> = async (c) => {
  assertCanManage(c.get("auth"));
  const input = { field: c.req.valid("json"), now: c.get("deps").clock.now() };
  return c.json(await createTaskField(c.get("scope"), input), 201);
};

const rename: Handler<"renameTaskField"> = async (c) => {
  assertCanManage(c.get("auth"));
  const input = { id: c.req.valid("param").id, field: c.req.valid("json") };
  return c.json(await renameTaskField(c.get("scope"), input), 200);
};

const destroy: Handler<"deleteTaskField"> = async (c) => {
  assertCanManage(c.get("auth"));
  await deleteTaskField(c.get("scope"), c.req.valid("param").id);
  return c.body(null, 204);
};

export function taskFieldsRouter() {
  const router = createRouter();
  router.use("/task-fields", requireAuth);
  router.use("/task-fields/*", requireAuth);
  return router
    .openapi(routes.listTaskFields, list)
    .openapi(routes.createTaskField, create)
    .openapi(routes.renameTaskField, rename)
    .openapi(routes.deleteTaskField, destroy);
}
