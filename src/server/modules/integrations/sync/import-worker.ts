import { randomUUID } from "node:crypto";
import os from "node:os";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { importRuns } from "../../../db/schema/imports.js";
import type { Logger } from "../../../lib/logger.js";

/** How long a run stays a worker's without a sign of life; then another process takes it over. */
export const LEASE_SECONDS = 10;
const RENEW_EVERY_MS = 3_000;

/** The database's time (the same for every process), `seconds` from now. */
export const dbTimeIn = (seconds: number) => sql`now() + ${sql.raw(`interval '${seconds} seconds'`)}`;

/**
 * This process's part in running imports: its name in `import_runs.worker`, and the jobs it
 * runs now, whose runs' leases it renews every few seconds while it lives.
 */
export class ImportWorker {
  readonly id = `${os.hostname()} pid ${process.pid} ${randomUUID().slice(0, 8)}`;
  /** Ids of the jobs running here, each on the run that names it. */
  readonly jobs = new Set<string>();

  constructor(
    private readonly db: Db,
    /** Longer in tests, where nothing renews leases and a slow machine must not make them lapse. */
    readonly leaseSeconds = LEASE_SECONDS,
  ) {}

  async renew(): Promise<void> {
    if (this.jobs.size === 0) return;
    await this.db
      .update(importRuns)
      .set({ leaseUntil: dbTimeIn(this.leaseSeconds) })
      .where(
        and(
          eq(importRuns.worker, this.id),
          inArray(importRuns.jobId, [...this.jobs]),
          isNotNull(importRuns.leaseUntil),
        ),
      );
  }

  /** Renews the leases until stopped; then lets go of runs still held, for another process to go on at once. */
  keepLeases(logger: Logger): () => Promise<void> {
    const timer = setInterval(() => {
      this.renew().catch((error) => logger.warn({ err: error }, "could not renew the import leases"));
    }, RENEW_EVERY_MS);
    timer.unref();
    return async () => {
      clearInterval(timer);
      if (this.jobs.size === 0) return;
      await this.db
        .update(importRuns)
        .set({ leaseUntil: dbTimeIn(-1) })
        .where(and(eq(importRuns.worker, this.id), inArray(importRuns.jobId, [...this.jobs])))
        .catch((error) => logger.warn({ err: error }, "could not let go of the imports still running"));
    };
  }
}
