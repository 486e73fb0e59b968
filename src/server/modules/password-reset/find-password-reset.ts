import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { passwordResets } from "../../db/schema/password-resets.js";
import { users } from "../../db/schema/users.js";
import { AppError, notFound } from "../../lib/errors.js";
import { hashSecret } from "../auth/secrets.js";

/** The reset behind a link; 404 for an unknown link, 410 for a used or expired one. */
export async function findOpenReset(db: Db, token: string, now: Date, lock = false) {
  const query = db
    .select({ reset: passwordResets, email: users.email })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(eq(passwordResets.tokenHash, hashSecret(token)))
    .limit(1);
  const [row] = lock ? await query.for("update", { of: passwordResets }) : await query;
  if (!row) throw notFound("This password reset link");
  if (row.reset.usedAt) {
    throw new AppError("gone", "This link has already been used. Ask for a new one if you still need it.", {
      reason: "used",
    });
  }
  if (row.reset.expiresAt <= now) {
    throw new AppError("gone", "This link has expired: a link works for one hour. Ask for a new one.", {
      reason: "expired",
    });
  }
  return row;
}
