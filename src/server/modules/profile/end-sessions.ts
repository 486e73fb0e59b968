import { eq, ne } from "drizzle-orm";
import type { Auth } from "../../app-env.js";
import type { CompanyScope } from "../../db/company-scope.js";
import { sessions } from "../../db/schema/sessions.js";
import { AppError, notFound } from "../../lib/errors.js";

/** Logs one of the account's other sessions out. */
export async function endSession(scope: CompanyScope, auth: Auth, sessionId: string): Promise<void> {
  if (sessionId === auth.sessionId) {
    throw new AppError("conflict", "This is the session you are using now. Log out instead.");
  }
  const ended = await scope
    .delete(sessions, eq(sessions.id, sessionId), eq(sessions.userId, auth.userId))
    .returning({ id: sessions.id });
  if (ended.length === 0) throw notFound("The session");
}

/** Logs out every session of the account but this one (all of them, for a call with an API token). */
export async function endOtherSessions(scope: CompanyScope, auth: Auth): Promise<number> {
  const ended = await scope
    .delete(
      sessions,
      eq(sessions.userId, auth.userId),
      auth.sessionId ? ne(sessions.id, auth.sessionId) : undefined,
    )
    .returning({ id: sessions.id });
  return ended.length;
}
