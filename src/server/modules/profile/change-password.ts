import { and, eq, ne } from "drizzle-orm";
import type { ChangePasswordBody } from "../../../shared/api/account.js";
import type { Auth } from "../../app-env.js";
import type { Db } from "../../db/client.js";
import { sessions } from "../../db/schema/sessions.js";
import { users } from "../../db/schema/users.js";
import { hashPassword } from "../auth/secrets.js";
import { checkCurrentPassword } from "./check-current-password.js";

/** A new password, given the current one; every other session of the account ends. */
export async function changePassword(
  db: Db,
  { auth, input, address, now }: { auth: Auth; input: ChangePasswordBody; address: string; now: Date },
): Promise<void> {
  await checkCurrentPassword(db, {
    userId: auth.userId,
    password: input.current,
    address,
    now,
    field: "current",
  });
  const passwordHash = await hashPassword(input.next);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, auth.userId));
    await tx
      .delete(sessions)
      .where(
        and(eq(sessions.userId, auth.userId), auth.sessionId ? ne(sessions.id, auth.sessionId) : undefined),
      );
  });
}
