import { eq } from "drizzle-orm";
import type { Database, Db } from "../../../db/client.js";
import { accountingGrants } from "../../../db/schema/integrations.js";

/**
 * Runs `work` as the only holder of a grant. On a PostgreSQL server that is a row lock held for a
 * transaction (across requests, jobs and processes): others wait, then see what the holder wrote.
 * The embedded database serves one process, whose single connection a long transaction would
 * block; there an in-process queue per grant gives the same guarantee.
 */
export class GrantLock {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly database: Database) {}

  async run<T>(grantId: string, work: (db: Db) => Promise<T>): Promise<T> {
    if (this.database.kind === "postgres") {
      return this.database.db.transaction(async (tx) => {
        await tx
          .select({ id: accountingGrants.id })
          .from(accountingGrants)
          .where(eq(accountingGrants.id, grantId))
          .for("update");
        return work(tx as unknown as Db);
      });
    }
    const previous = this.queues.get(grantId) ?? Promise.resolve();
    const current = previous.catch(() => {}).then(() => work(this.database.db));
    this.queues.set(grantId, current);
    try {
      return await current;
    } finally {
      if (this.queues.get(grantId) === current) this.queues.delete(grantId);
    }
  }
}
