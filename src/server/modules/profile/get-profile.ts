import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Profile } from "../../../shared/api/account.js";
import type { Db } from "../../db/client.js";
import { emailChanges } from "../../db/schema/email-changes.js";
import { users } from "../../db/schema/users.js";
import { notFound } from "../../lib/errors.js";

export async function getProfile(db: Db, userId: string, now: Date): Promise<Profile> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw notFound("Your account");
  const [pending] = await db
    .select()
    .from(emailChanges)
    .where(
      and(eq(emailChanges.userId, userId), isNull(emailChanges.closedAt), gt(emailChanges.expiresAt, now)),
    )
    .orderBy(desc(emailChanges.createdAt))
    .limit(1);
  return {
    name: user.name,
    email: user.email,
    pendingEmail: pending ? { email: pending.newEmail, expiresAt: pending.expiresAt.toISOString() } : null,
  };
}
