import { and, eq, isNull } from "drizzle-orm";
import type { Deps } from "../../app-env.js";
import type { Db } from "../../db/client.js";
import { isUniqueViolation } from "../../db/errors.js";
import { emailChanges } from "../../db/schema/email-changes.js";
import { users } from "../../db/schema/users.js";
import { AppError, notFound } from "../../lib/errors.js";
import { hashSecret } from "../auth/secrets.js";
import { sendMail } from "../mail/send-mail.js";
import { emailChangedMail } from "./email-change-mails.js";
import { emailTaken } from "./request-email-change.js";

/**
 * The link mailed to a new address was opened: the account logs in with it from now on, and the
 * previous address is told. Needs no sign-in: the link shows the address is the person's.
 */
export async function confirmEmailChange(deps: Deps, token: string): Promise<{ email: string }> {
  const now = deps.clock.now();
  const changed = await deps.database.db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const [row] = await tx
      .select({ change: emailChanges, user: users })
      .from(emailChanges)
      .innerJoin(users, eq(users.id, emailChanges.userId))
      .where(eq(emailChanges.tokenHash, hashSecret(token)))
      .limit(1)
      .for("update", { of: emailChanges });
    if (!row) throw notFound("This confirmation link");
    const { change, user } = row;
    if (change.closedAt) {
      throw new AppError("gone", "This link has already been used, or a newer change replaced it.", {
        reason: "used",
      });
    }
    if (change.expiresAt <= now) {
      throw new AppError(
        "gone",
        "This link has expired: a link works for 24 hours. Change your e-mail again in your profile.",
        { reason: "expired" },
      );
    }
    try {
      await tx.update(users).set({ email: change.newEmail }).where(eq(users.id, user.id));
    } catch (error) {
      if (isUniqueViolation(error, "users_email_key")) throw emailTaken();
      throw error;
    }
    await tx
      .update(emailChanges)
      .set({ closedAt: now })
      .where(and(eq(emailChanges.userId, user.id), isNull(emailChanges.closedAt)));
    return { user, newEmail: change.newEmail };
  });
  const { user, newEmail } = changed;
  // Nobody need be signed in on this request: drop the company's cached principals (they carry the e-mail).
  deps.principals.forgetCompany(user.companyId);
  const notice = emailChangedMail({ to: user.email, name: user.name, newEmail });
  await sendMail(deps, "e-mail changed", notice, { companyId: user.companyId, userId: user.id });
  return { email: newEmail };
}
