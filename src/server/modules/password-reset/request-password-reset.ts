import { eq, sql } from "drizzle-orm";
import type { Deps } from "../../app-env.js";
import { passwordResets } from "../../db/schema/password-resets.js";
import { users } from "../../db/schema/users.js";
import { hashSecret, newSecret } from "../auth/secrets.js";
import { sendMail } from "../mail/send-mail.js";
import { passwordResetMail } from "./password-reset-mail.js";
import { countResetRequest } from "./reset-rate-limit.js";

export const RESET_LINK_MINUTES = 60;

/**
 * Mails a single-use link to the account with this e-mail, if there is one. The caller answers
 * the same either way; a request over the e-mail's limit sends nothing.
 */
export async function requestPasswordReset(
  deps: Deps,
  { email, address }: { email: string; address: string },
) {
  const now = deps.clock.now();
  const db = deps.database.db;
  if (!(await countResetRequest(db, email, address, now))) {
    deps.logger.info("password reset not mailed: too many for this e-mail address this hour");
    return;
  }
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  if (!user) return;
  const token = newSecret();
  await db.insert(passwordResets).values({
    companyId: user.companyId,
    userId: user.id,
    tokenHash: hashSecret(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000),
  });
  const link = `${deps.config.publicUrl}/reset-password/${token}`;
  await sendMail(deps, "password reset", passwordResetMail({ to: user.email, name: user.name, link }), {
    companyId: user.companyId,
    userId: user.id,
  });
}
