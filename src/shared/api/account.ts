import { z } from "zod";
import { Email, Password, PersonName } from "./common.js";

/** The token of a link Kontor mailed (a password reset, an e-mail confirmation). */
export const LinkToken = z
  .string()
  .min(20, "This link is not complete. Open the whole link from the mail.")
  .max(100, "This link is not valid.");

export const PasswordResetBody = z.object({ email: Email }).meta({ id: "PasswordResetBody" });
export type PasswordResetBody = z.infer<typeof PasswordResetBody>;

export const PasswordResetConfirmBody = z
  .object({ token: LinkToken, password: Password })
  .meta({ id: "PasswordResetConfirmBody" });
export type PasswordResetConfirmBody = z.infer<typeof PasswordResetConfirmBody>;

export const PasswordResetInfo = z
  .object({ email: z.string() })
  .meta({ id: "PasswordResetInfo", description: "The account a password reset link is for." });
export type PasswordResetInfo = z.infer<typeof PasswordResetInfo>;

export const Profile = z
  .object({
    name: z.string(),
    email: z.string(),
    pendingEmail: z
      .object({ email: z.string(), expiresAt: z.iso.datetime() })
      .nullable()
      .meta({ description: "A new address waiting to be confirmed from the link mailed to it." }),
  })
  .meta({ id: "Profile" });
export type Profile = z.infer<typeof Profile>;

export const UpdateProfileBody = z
  .object({
    name: PersonName.optional(),
    email: Email.optional().meta({
      description: "A new address changes only once confirmed from the link mailed to it.",
    }),
    password: z
      .string()
      .max(200, "Use at most 200 characters.")
      .optional()
      .meta({ description: "Your current password: needed to change the e-mail." }),
  })
  .meta({ id: "UpdateProfileBody" });
export type UpdateProfileBody = z.infer<typeof UpdateProfileBody>;

export const ChangePasswordBody = z
  .object({
    current: z.string().min(1, "Enter your current password.").max(200, "Use at most 200 characters."),
    next: Password,
  })
  .meta({ id: "ChangePasswordBody" });
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

export const EmailChangeConfirmBody = z.object({ token: LinkToken }).meta({ id: "EmailChangeConfirmBody" });

export const ConfirmedEmail = z.object({ email: z.string() }).meta({ id: "ConfirmedEmail" });

export const Session = z
  .object({
    id: z.uuid(),
    device: z.string().meta({ example: "Firefox on Windows" }),
    address: z.string().nullable().meta({ description: "Where it signed in from (an IPv6 /64 as one)." }),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    current: z.boolean().meta({ description: "The session this request came with." }),
  })
  .meta({ id: "Session" });
export type Session = z.infer<typeof Session>;
