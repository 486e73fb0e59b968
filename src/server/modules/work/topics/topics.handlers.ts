import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../../app-env.js";
import { assertCanManage } from "../../auth/authenticate.js";
import { createTopic as create } from "./create-topic.js";
import { deleteTopic as destroy } from "./delete-topic.js";
import { listTopics as list } from "./list-topics.js";
import type * as routes from "./topics.routes.js";
import { updateTopic as edit } from "./update-topic.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const listTopics: Handler<"listTopics"> = async (c) =>
  c.json(
    await list(c.get("scope"), { includeArchived: c.req.valid("query").includeArchived === "true" }),
    200,
  );

export const createTopic: Handler<"createTopic"> = async (c) => {
  assertCanManage(c.get("auth"));
  const topic = await create(c.get("scope"), { topic: c.req.valid("json"), now: c.get("deps").clock.now() });
  return c.json(topic, 201);
};

export const updateTopic: Handler<"updateTopic"> = async (c) => {
  assertCanManage(c.get("auth"));
  const input = { id: c.req.valid("param").id, changes: c.req.valid("json"), now: c.get("deps").clock.now() };
  return c.json(await edit(c.get("scope"), input), 200);
};

export const deleteTopic: Handler<"deleteTopic"> = async (c) => {
  assertCanManage(c.get("auth"));
  await destroy(c.get("scope"), c.req.valid("param").id);
  return c.body(null, 204);
};
