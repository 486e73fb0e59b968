import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.js";
import { assertCanManage } from "../auth/authenticate.js";
import type * as routes from "./apps.routes.js";
import { listApps as list } from "./list-apps.js";
import { setAppEnabled } from "./set-app-enabled.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const listApps: Handler<"listApps"> = async (c) => c.json(await list(c.get("scope")), 200);

export const enableApp: Handler<"enableApp"> = async (c) => {
  const auth = c.get("auth");
  assertCanManage(auth);
  const apps = await setAppEnabled(
    c.get("scope"),
    c.req.valid("param").app,
    true,
    auth.userId,
    c.get("deps").clock.now(),
  );
  return c.json(apps, 200);
};

export const disableApp: Handler<"disableApp"> = async (c) => {
  const auth = c.get("auth");
  assertCanManage(auth);
  const apps = await setAppEnabled(
    c.get("scope"),
    c.req.valid("param").app,
    false,
    auth.userId,
    c.get("deps").clock.now(),
  );
  return c.json(apps, 200);
};
