import { lt } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { outboxMessages } from "../../db/schema/outbox.js";

const KEPT_DAYS = 30;

/** Housekeeping: kept mail older than 30 days goes (its links have long expired). */
export async function deleteOldOutboxMail(db: Db, now: Date): Promise<number> {
  const removed = await db
    .delete(outboxMessages)
    .where(lt(outboxMessages.createdAt, new Date(now.getTime() - KEPT_DAYS * 86_400_000)))
    .returning({ id: outboxMessages.id });
  return removed.length;
}
