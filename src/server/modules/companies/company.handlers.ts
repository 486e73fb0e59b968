import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.js";
import { assertCanManage } from "../auth/authenticate.js";
import type * as routes from "./company.routes.js";
import { getCompany as get } from "./get-company.js";
import { renameCompany } from "./rename-company.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const getCompany: Handler<"getCompany"> = async (c) => c.json(await get(c.get("scope")), 200);

export const updateCompany: Handler<"updateCompany"> = async (c) => {
  assertCanManage(c.get("auth"));
  await renameCompany(c.get("scope"), c.req.valid("json").name);
  return c.json(await get(c.get("scope")), 200);
};
