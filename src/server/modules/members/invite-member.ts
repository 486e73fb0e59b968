import { and, eq, isNull, sql } from "drizzle-orm";
import type { CreatedInvite, InviteBody } from "../../../shared/api/members.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { invites } from "../../db/schema/invites.js";
import { users } from "../../db/schema/users.js";
import { AppError } from "../../lib/errors.js";
import { hashSecret, newSecret } from "../auth/secrets.js";
import { toInvite } from "./list-members.js";

export const INVITE_DAYS = 7;

/** Creates an invite link; a newer invite to the same address replaces the open one. */
export async function inviteMember(
  scope: CompanyScope,
  input: InviteBody & { invitedBy: string },
  publicUrl: string,
  now: Date,
): Promise<Omit<CreatedInvite, "delivery">> {
  // Only this company's members are looked at: whether an address has an account with another
  // company is that company's business. Such an invite is created like any other; accepting it
  // tells the invitee that their address already has an account.
  const member = await scope.first(users, eq(sql`lower(${users.email})`, input.email));
  if (member) {
    const message = "This person is already a member of your company.";
    throw new AppError("conflict", message, [{ field: "email", message }]);
  }
  const token = newSecret();
  const invite = await scope.transaction(async (tx) => {
    await tx.update(
      invites,
      { revokedAt: now },
      eq(sql`lower(${invites.email})`, input.email),
      and(isNull(invites.acceptedAt), isNull(invites.revokedAt)),
    );
    const [row] = await tx
      .insert(invites, {
        email: input.email,
        role: input.role,
        tokenHash: hashSecret(token),
        invitedBy: input.invitedBy,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000),
      })
      .returning();
    return row!;
  });
  return { invite: toInvite(invite), link: `${publicUrl}/invite/${token}` };
}
