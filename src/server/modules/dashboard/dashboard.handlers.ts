import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.js";
import type * as routes from "./dashboard.routes.js";
import { getDashboard as get } from "./get-dashboard.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const getDashboard: Handler<"getDashboard"> = async (c) =>
  c.json(await get(c.get("scope"), c.get("deps").clientTotals), 200);
