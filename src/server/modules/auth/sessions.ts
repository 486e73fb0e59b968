import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../../app-env.js";
import type { Db } from "../../db/client.js";
import { sessions } from "../../db/schema/sessions.js";
import { clientAddress } from "./client-address.js";
import { hashSecret, newSecret } from "./secrets.js";

export interface NewSession {
  token: string;
  expiresAt: Date;
}

/** What the person's list of sessions shows of the browser that signed in. */
export interface Device {
  userAgent: string | null;
  address: string | null;
}

const MAX_USER_AGENT = 300;

export function deviceOf(c: Context<AppEnv>): Device {
  return {
    userAgent: c.req.header("user-agent")?.slice(0, MAX_USER_AGENT) || null,
    address: clientAddress(c),
  };
}

export async function createSession(
  db: Db,
  {
    user,
    now,
    days,
    device,
  }: { user: { id: string; companyId: string }; now: Date; days: number; device: Device },
): Promise<NewSession> {
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + days * 86_400_000);
  await db.insert(sessions).values({
    tokenHash: hashSecret(token),
    userId: user.id,
    companyId: user.companyId,
    createdAt: now,
    expiresAt,
    lastSeenAt: now,
    ...device,
  });
  return { token, expiresAt };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashSecret(token)));
}

/** "Last seen" is kept to within five minutes, so that using Kontor writes little. */
const SEEN_EVERY_MS = 5 * 60_000;

export async function noteSessionSeen(db: Db, sessionId: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(
      and(
        eq(sessions.id, sessionId),
        or(isNull(sessions.lastSeenAt), lt(sessions.lastSeenAt, new Date(now.getTime() - SEEN_EVERY_MS))),
      ),
    );
}
