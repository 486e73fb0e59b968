import { eq, sql } from "drizzle-orm";
import type { AcceptInviteBody } from "../../../shared/api/members.js";
import type { Db } from "../../db/client.js";
import { isUniqueViolation } from "../../db/errors.js";
import { invites } from "../../db/schema/invites.js";
import { users } from "../../db/schema/users.js";
import { AppError } from "../../lib/errors.js";
import { hashPassword } from "../auth/secrets.js";
import { findOpenInvite } from "./find-invite.js";

function emailTaken(): AppError {
  return new AppError(
    "email_taken",
    "This e-mail already has a Kontor account, and an account belongs to one company. Log in with it, or ask for an invite to another address.",
  );
}

/**
 * The invitee sets a name and password; the invite is used up in the same transaction. A link
 * that cannot be used, or an address that already has an account, is answered before the
 * password is hashed: that hash is the costliest thing a visitor can make Kontor do.
 */
export async function acceptInvite(db: Db, token: string, input: AcceptInviteBody, now: Date) {
  const { invite } = await findOpenInvite(db, token, now);
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, invite.email.toLowerCase()))
    .limit(1);
  if (existing) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const { invite } = await findOpenInvite(tx, token, now, true);
      const [user] = await tx
        .insert(users)
        .values({
          companyId: invite.companyId,
          email: invite.email,
          name: input.name,
          role: invite.role,
          passwordHash,
          createdAt: now,
        })
        .returning();
      await tx.update(invites).set({ acceptedAt: now }).where(eq(invites.id, invite.id));
      return user!;
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_key")) throw emailTaken();
    throw error;
  }
}
