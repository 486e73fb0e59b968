import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.js";
import { assertCanManage } from "../auth/authenticate.js";
import { getMe } from "../auth/get-me.js";
import { writeSessionCookie } from "../auth/session-cookie.js";
import { createSession, deviceOf } from "../auth/sessions.js";
import { sendMail } from "../mail/send-mail.js";
import { acceptInvite } from "./accept-invite.js";
import { changeMemberRole } from "./change-member-role.js";
import { getInvitation as findInvitation } from "./find-invite.js";
import { inviteMail } from "./invite-mail.js";
import { inviteMember } from "./invite-member.js";
import { listMembers as list } from "./list-members.js";
import type * as routes from "./members.routes.js";
import { removeMember as remove } from "./remove-member.js";
import { revokeInvite as revoke } from "./revoke-invite.js";
import { transferOwnership as transfer } from "./transfer-ownership.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const listMembers: Handler<"listMembers"> = async (c) =>
  c.json(await list(c.get("scope"), c.get("deps").clock.now()), 200);

export const invite: Handler<"invite"> = async (c) => {
  const auth = c.get("auth");
  assertCanManage(auth);
  const deps = c.get("deps");
  const input = c.req.valid("json");
  const created = await inviteMember(
    c.get("scope"),
    { ...input, invitedBy: auth.userId },
    deps.config.publicUrl,
    deps.clock.now(),
  );
  // The link goes to the inviter and the invitee only: whoever holds it can join with that role.
  c.get("log").info({ inviteId: created.invite.id, role: input.role }, "invite link created");
  const { me } = c.get("principal");
  const mail = inviteMail({
    to: created.invite.email,
    companyName: me.company.name,
    inviterName: me.user.name,
    role: created.invite.role,
    link: created.link,
    expiresAt: new Date(created.invite.expiresAt),
  });
  await sendMail(deps, "invite", mail, { companyId: auth.companyId });
  return c.json({ ...created, delivery: deps.mailer.delivery }, 201);
};

export const revokeInvite: Handler<"revokeInvite"> = async (c) => {
  assertCanManage(c.get("auth"));
  await revoke(c.get("scope"), c.req.valid("param").id, c.get("deps").clock.now());
  return c.body(null, 204);
};

export const changeRole: Handler<"changeRole"> = async (c) => {
  const auth = c.get("auth");
  assertCanManage(auth);
  const member = await changeMemberRole(
    c.get("scope"),
    auth,
    c.req.valid("param").id,
    c.req.valid("json").role,
  );
  return c.json(member, 200);
};

export const removeMember: Handler<"removeMember"> = async (c) => {
  const auth = c.get("auth");
  assertCanManage(auth);
  await remove(c.get("scope"), auth, c.req.valid("param").id);
  return c.body(null, 204);
};

export const transferOwnership: Handler<"transferOwnership"> = async (c) => {
  await transfer(c.get("scope"), c.get("auth"), c.req.valid("json").userId);
  return c.body(null, 204);
};

export const getInvitation: Handler<"getInvitation"> = async (c) => {
  const { database, clock } = c.get("deps");
  return c.json(await findInvitation(database.db, c.req.valid("param").token, clock.now()), 200);
};

export const acceptInvitation: Handler<"acceptInvitation"> = async (c) => {
  const { database, clock, config } = c.get("deps");
  const now = clock.now();
  const user = await acceptInvite(database.db, c.req.valid("param").token, c.req.valid("json"), now);
  const session = await createSession(database.db, {
    user,
    now,
    days: config.sessionDays,
    device: deviceOf(c),
  });
  writeSessionCookie(c, session.token, session.expiresAt, config.publicUrl);
  return c.json(await getMe(database.db, user.id), 201);
};
