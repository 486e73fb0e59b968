import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.js";
import { clientAddress } from "../auth/client-address.js";
import { getMe } from "../auth/get-me.js";
import { writeSessionCookie } from "../auth/session-cookie.js";
import { createSession, deviceOf } from "../auth/sessions.js";
import { confirmPasswordReset } from "./confirm-password-reset.js";
import { findOpenReset } from "./find-password-reset.js";
import type * as routes from "./password-reset.routes.js";
import { requestPasswordReset } from "./request-password-reset.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const requestReset: Handler<"requestReset"> = async (c) => {
  await requestPasswordReset(c.get("deps"), { email: c.req.valid("json").email, address: clientAddress(c) });
  return c.body(null, 202);
};

export const getReset: Handler<"getReset"> = async (c) => {
  const { database, clock } = c.get("deps");
  const { email } = await findOpenReset(database.db, c.req.valid("param").token, clock.now());
  return c.json({ email }, 200);
};

export const confirmReset: Handler<"confirmReset"> = async (c) => {
  const { database, clock, config, principals } = c.get("deps");
  const now = clock.now();
  const user = await confirmPasswordReset(database.db, c.req.valid("json"), now);
  // Nobody is signed in on this request, so nothing else drops the ended sessions from the cache.
  principals.forgetCompany(user.companyId);
  const session = await createSession(database.db, {
    user,
    now,
    days: config.sessionDays,
    device: deviceOf(c),
  });
  writeSessionCookie(c, session.token, session.expiresAt, config.publicUrl);
  c.get("log").info({ userId: user.id, companyId: user.companyId }, "password reset; other sessions ended");
  return c.json(await getMe(database.db, user.id), 200);
};
