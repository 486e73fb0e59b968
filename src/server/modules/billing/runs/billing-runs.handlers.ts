import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../../app-env.js";
import { assertCanManage } from "../../auth/authenticate.js";
import type * as routes from "./billing-runs.routes.js";
import { getBillingRun as read } from "./get-billing-run.js";
import { previewBillingRun as preview } from "./preview-billing-run.js";
import { startBillingRun as start } from "./start-billing-run.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const startBillingRun: Handler<"startBillingRun"> = async (c) => {
  const auth = c.get("auth");
  assertCanManage(auth);
  const { jobs, clock } = c.get("deps");
  const input = {
    period: c.req.valid("json").period,
    trigger: "manual" as const,
    userId: auth.userId,
    now: clock.now(),
  };
  return c.json(await start(c.get("scope"), jobs, input), 202);
};

export const getBillingRun: Handler<"getBillingRun"> = async (c) =>
  c.json(await read(c.get("scope"), { id: c.req.valid("param").id }), 200);

export const previewBillingRun: Handler<"previewBillingRun"> = async (c) => {
  assertCanManage(c.get("auth"));
  const input = { period: c.req.valid("query").period, now: c.get("deps").clock.now() };
  return c.json(await preview(c.get("scope"), input), 200);
};
