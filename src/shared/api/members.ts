import { z } from "zod";
import { INVITABLE_ROLES, ROLES } from "../roles.js";
import { Email, Password, PersonName } from "./common.js";
import { MAIL_DELIVERIES } from "./outbox.js";

export const Member = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    joinedAt: z.iso.datetime(),
  })
  .meta({ id: "Member" });
export type Member = z.infer<typeof Member>;

export const Invite = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: z.enum(INVITABLE_ROLES),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: "Invite" });
export type Invite = z.infer<typeof Invite>;

export const MemberList = z
  .object({ members: z.array(Member), invites: z.array(Invite) })
  .meta({ id: "MemberList" });
export type MemberList = z.infer<typeof MemberList>;

export const InviteBody = z
  .object({ email: Email, role: z.enum(INVITABLE_ROLES) })
  .meta({ id: "InviteBody" });
export type InviteBody = z.infer<typeof InviteBody>;

export const CreatedInvite = z
  .object({
    invite: Invite,
    link: z
      .url()
      .meta({ description: "The link the invitee opens to set a password; also e-mailed to them." }),
    delivery: z.enum(MAIL_DELIVERIES).meta({
      description:
        "How the invite mail left: `smtp` (sent), or `outbox` (kept in the Outbox, no SMTP server is set).",
    }),
  })
  .meta({ id: "CreatedInvite" });
export type CreatedInvite = z.infer<typeof CreatedInvite>;

export const ChangeRoleBody = z.object({ role: z.enum(INVITABLE_ROLES) }).meta({ id: "ChangeRoleBody" });
export const TransferOwnershipBody = z.object({ userId: z.uuid() }).meta({ id: "TransferOwnershipBody" });

export const InvitationInfo = z
  .object({ companyName: z.string(), email: z.string(), role: z.enum(INVITABLE_ROLES) })
  .meta({ id: "InvitationInfo" });
export type InvitationInfo = z.infer<typeof InvitationInfo>;

export const AcceptInviteBody = z
  .object({ name: PersonName, password: Password })
  .meta({ id: "AcceptInviteBody" });
export type AcceptInviteBody = z.infer<typeof AcceptInviteBody>;

export const InviteTokenParam = z.object({
  token: z.string().min(20, "This invite link is not complete.").max(100, "This invite link is not valid."),
});
