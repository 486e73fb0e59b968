import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.js";
import { assertCanManage } from "../auth/authenticate.js";
import { listOutbox as list } from "./list-outbox.js";
import type * as routes from "./outbox.routes.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const listOutbox: Handler<"listOutbox"> = async (c) => {
  const auth = c.get("auth");
  assertCanManage(auth);
  const { box, mailer } = c.get("deps");
  return c.json(await list(c.get("scope"), { box, delivery: mailer.delivery, readerId: auth.userId }), 200);
};
