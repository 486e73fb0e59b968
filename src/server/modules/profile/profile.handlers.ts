import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.js";
import { clientAddress } from "../auth/client-address.js";
import { changePassword as change } from "./change-password.js";
import { confirmEmailChange } from "./confirm-email-change.js";
import { endSession as end, endOtherSessions as endOthers } from "./end-sessions.js";
import { getProfile as find } from "./get-profile.js";
import { listSessions as list } from "./list-sessions.js";
import type * as routes from "./profile.routes.js";
import { updateProfile as update } from "./update-profile.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const getProfile: Handler<"getProfile"> = async (c) => {
  const { database, clock } = c.get("deps");
  return c.json(await find(database.db, c.get("auth").userId, clock.now()), 200);
};

export const updateProfile: Handler<"updateProfile"> = async (c) => {
  const profile = await update(c.get("deps"), {
    auth: c.get("auth"),
    input: c.req.valid("json"),
    address: clientAddress(c),
  });
  return c.json(profile, 200);
};

export const changePassword: Handler<"changePassword"> = async (c) => {
  const { database, clock } = c.get("deps");
  await change(database.db, {
    auth: c.get("auth"),
    input: c.req.valid("json"),
    address: clientAddress(c),
    now: clock.now(),
  });
  c.get("log").info("password changed; other sessions ended");
  return c.body(null, 204);
};

export const listSessions: Handler<"listSessions"> = async (c) =>
  c.json(await list(c.get("scope"), c.get("auth"), c.get("deps").clock.now()), 200);

export const endSession: Handler<"endSession"> = async (c) => {
  await end(c.get("scope"), c.get("auth"), c.req.valid("param").id);
  return c.body(null, 204);
};

export const endOtherSessions: Handler<"endOtherSessions"> = async (c) => {
  await endOthers(c.get("scope"), c.get("auth"));
  return c.body(null, 204);
};

export const confirmEmail: Handler<"confirmEmail"> = async (c) =>
  c.json(await confirmEmailChange(c.get("deps"), c.req.valid("json").token), 200);
