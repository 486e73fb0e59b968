import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../../app-env.js";
import { createRouter } from "../../../app-router.js";
import { requireAuth } from "../../auth/authenticate.js";
import { listCalendar } from "./list-calendar.js";
import * as routes from "./task-calendar.routes.js";

const list: RouteHandler<typeof routes.listCalendar, AppEnv> = async (c) => {
  const input = { query: c.req.valid("query"), userId: c.get("auth").userId, now: c.get("deps").clock.now() };
  return c.json(await listCalendar(c.get("scope"), input), 200);
};

export function taskCalendarRouter() {
  const router = createRouter();
  router.use("/calendar", requireAuth);
  return router.openapi(routes.listCalendar, list);
}
