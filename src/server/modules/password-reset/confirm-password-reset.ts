import { and, eq, isNull } from "drizzle-orm";
import type { PasswordResetConfirmBody } from "../../../shared/api/account.js";
import type { Db } from "../../db/client.js";
import { passwordResets } from "../../db/schema/password-resets.js";
import { sessions } from "../../db/schema/sessions.js";
import { users } from "../../db/schema/users.js";
import { hashPassword } from "../auth/secrets.js";
import { findOpenReset } from "./find-password-reset.js";

/**
 * Sets the new password and ends every session of the account, and every reset link of it, in
 * one transaction. The link is checked before the password is hashed: that hash is the costliest
 * thing a visitor can make Kontor do.
 */
export async function confirmPasswordReset(db: Db, { token, password }: PasswordResetConfirmBody, now: Date) {
  await findOpenReset(db, token, now);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const { reset } = await findOpenReset(tx, token, now, true);
    const [user] = await tx.update(users).set({ passwordHash }).where(eq(users.id, reset.userId)).returning();
    await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.userId, reset.userId), isNull(passwordResets.usedAt)));
    await tx.delete(sessions).where(eq(sessions.userId, reset.userId));
    return user!;
  });
}
