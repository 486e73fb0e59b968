import { eq } from "drizzle-orm";
import type { Profile, UpdateProfileBody } from "../../../shared/api/account.js";
import type { Auth, Deps } from "../../app-env.js";
import type { Db } from "../../db/client.js";
import { users } from "../../db/schema/users.js";
import { AppError, notFound } from "../../lib/errors.js";
import { sendMail } from "../mail/send-mail.js";
import { checkCurrentPassword } from "./check-current-password.js";
import { confirmEmailMail } from "./email-change-mails.js";
import { getProfile } from "./get-profile.js";
import { assertEmailFree, closeEmailChanges, requestEmailChange } from "./request-email-change.js";

/**
 * Renames at once; a new e-mail (which needs the current password) waits for the link mailed to
 * it, and the account keeps its address until then. Everything is checked before anything changes.
 */
export async function updateProfile(
  deps: Deps,
  { auth, input, address }: { auth: Auth; input: UpdateProfileBody; address: string },
): Promise<Profile> {
  const db = deps.database.db;
  const now = deps.clock.now();
  const [user] = await db.select().from(users).where(eq(users.id, auth.userId)).limit(1);
  if (!user) throw notFound("Your account");
  const newEmail = input.email !== undefined && input.email !== user.email.toLowerCase() ? input.email : null;
  if (newEmail) {
    if (!input.password) {
      const message = "Enter your current password to change your e-mail.";
      throw new AppError("validation_failed", message, [{ field: "password", message }]);
    }
    await checkCurrentPassword(db, {
      userId: user.id,
      password: input.password,
      address,
      now,
      field: "password",
    });
    await assertEmailFree(db, newEmail, user.id);
  }
  const token = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    if (input.name !== undefined)
      await tx.update(users).set({ name: input.name }).where(eq(users.id, user.id));
    if (newEmail) return requestEmailChange(tx, { user, newEmail, now });
    // The current address again: no change waits any more.
    if (input.email !== undefined) await closeEmailChanges(tx, user.id, now);
    return null;
  });
  if (newEmail && token) {
    const link = `${deps.config.publicUrl}/confirm-email/${token}`;
    const mail = confirmEmailMail({ to: newEmail, name: input.name ?? user.name, link });
    await sendMail(deps, "e-mail confirmation", mail, { companyId: user.companyId, userId: user.id });
  }
  return getProfile(db, user.id, now);
}
