import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { sessions } from "../../db/schema/sessions.js";
import { hashSecret, newSecret } from "./secrets.js";

export interface NewSession {
  token: string;
  expiresAt: Date;
}

export async function createSession(
  db: Db,
  user: { id: string; companyId: string },
  now: Date,
  days: number,
): Promise<NewSession> {
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + days * 86_400_000);
  await db.insert(sessions).values({
    tokenHash: hashSecret(token),
    userId: user.id,
    companyId: user.companyId,
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashSecret(token)));
}
