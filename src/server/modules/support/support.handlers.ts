import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.js";
import type * as routes from "./support.routes.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const getSupport: Handler<"getSupport"> = (c) =>
  c.json({ email: c.get("deps").config.supportEmail }, 200);
