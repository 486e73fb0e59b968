import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.js";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-tokens.js";
import type * as routes from "./auth.routes.js";
import { clientAddress } from "./client-address.js";
import { getMe } from "./get-me.js";
import { logIn } from "./log-in.js";
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from "./session-cookie.js";
import { createSession, deleteSession, deviceOf } from "./sessions.js";
import { signUp } from "./sign-up.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const signup: Handler<"signup"> = async (c) => {
  const { database, clock, config } = c.get("deps");
  const now = clock.now();
  const { user } = await signUp(database.db, c.req.valid("json"), now);
  const session = await createSession(database.db, {
    user,
    now,
    days: config.sessionDays,
    device: deviceOf(c),
  });
  writeSessionCookie(c, session.token, session.expiresAt, config.publicUrl);
  c.get("log").info({ userId: user.id, companyId: user.companyId }, "company signed up");
  return c.json(await getMe(database.db, user.id), 201);
};

export const login: Handler<"login"> = async (c) => {
  const { database, clock, config } = c.get("deps");
  const now = clock.now();
  const user = await logIn(database.db, c.req.valid("json"), clientAddress(c), now);
  const session = await createSession(database.db, {
    user,
    now,
    days: config.sessionDays,
    device: deviceOf(c),
  });
  writeSessionCookie(c, session.token, session.expiresAt, config.publicUrl);
  return c.json(await getMe(database.db, user.id), 200);
};

export const logout: Handler<"logout"> = async (c) => {
  const { database, config } = c.get("deps");
  const token = readSessionCookie(c);
  if (token) await deleteSession(database.db, token);
  clearSessionCookie(c, config.publicUrl);
  return c.body(null, 204);
};

export const me: Handler<"me"> = async (c) => c.json(c.get("principal").me, 200);

export const listTokens: Handler<"listTokens"> = async (c) =>
  c.json(await listApiTokens(c.get("scope"), c.get("auth").userId), 200);

export const createToken: Handler<"createToken"> = async (c) => {
  const created = await createApiToken(
    c.get("scope"),
    c.get("auth").userId,
    c.req.valid("json").name,
    c.get("deps").clock.now(),
  );
  return c.json(created, 201);
};

export const revokeToken: Handler<"revokeToken"> = async (c) => {
  await revokeApiToken(
    c.get("scope"),
    c.get("auth").userId,
    c.req.valid("param").id,
    c.get("deps").clock.now(),
  );
  return c.body(null, 204);
};
