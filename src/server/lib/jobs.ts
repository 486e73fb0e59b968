import PgBoss from "pg-boss";
import type { Database } from "../db/client.js";
import type { Logger } from "./logger.js";

export interface SendOptions {
  /** The job's id, chosen by the caller (who may record it first); a new one by default. */
  id?: string;
  retryLimit?: number;
  /** The first retry's wait; each further one doubles it (with jitter). Default: 1 second. */
  retryDelaySeconds?: number;
  startAfterSeconds?: number;
}

export type JobHandler<T> = (data: T, job: { id: string; retryCount: number }) => Promise<void>;

export interface JobDefinition<T extends object> {
  queue: string;
  handler: JobHandler<T>;
  /** A cron expression (UTC) to run the job on a schedule. */
  cron?: string;
  /** How many jobs of this queue one process runs at a time. */
  concurrency?: number;
  /** Retries after a failure (with backoff); a handler may also end a job for good by not throwing. */
  retryLimit?: number;
}

export interface Jobs {
  readonly running: boolean;
  send<T extends object>(queue: string, data: T, options?: SendOptions): Promise<string | null>;
  /**
   * Of these jobs, those still to run: queued, waiting for a retry, or started less than
   * `startedWithinSeconds` ago (one started longer ago may have died with its process).
   */
  unfinished(ids: string[], startedWithinSeconds: number): Promise<Set<string>>;
  /** Cancels a job that is queued or running (a running one is only marked: its handler goes on). */
  cancel(queue: string, id: string): Promise<void>;
  stop(): Promise<void>;
}

/** Starts pg-boss on Kontor's own database (PGlite or PostgreSQL) and registers the workers. */
export async function startJobs(
  database: Database,
  logger: Logger,
  definitions: JobDefinition<object>[],
): Promise<Jobs> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values) },
    schema: "pgboss",
    // A single embedded database has one connection; poll gently.
    pollingIntervalSeconds: 2,
    monitorStateIntervalSeconds: 300,
  });
  boss.on("error", (error) => logger.error({ err: error }, "background jobs error"));
  await boss.start();
  const workers = new Map<string, string[]>();
  for (const def of definitions) {
    await boss.createQueue(def.queue, {
      name: def.queue,
      retryLimit: def.retryLimit ?? 3,
      retryBackoff: true,
    });
    // pg-boss 10 runs one job per worker at a time: more workers, more concurrency.
    for (let i = 0; i < (def.concurrency ?? 1); i++) {
      const workerId = await boss.work<object>(
        def.queue,
        { batchSize: 1, pollingIntervalSeconds: 2, includeMetadata: true },
        async (jobs) => {
          for (const job of jobs) {
            const log = logger.child({ job: def.queue, jobId: job.id });
            log.debug("job started");
            await def.handler(job.data, { id: job.id, retryCount: job.retryCount });
            log.debug("job done");
          }
        },
      );
      workers.set(def.queue, [...(workers.get(def.queue) ?? []), workerId]);
    }
    if (def.cron) await boss.schedule(def.queue, def.cron, {}, { tz: "UTC" });
  }
  let running = true;
  return {
    get running() {
      return running;
    },
    send: async (queue, data, options) => {
      const id = await boss.send(queue, data, {
        ...(options?.id ? { id: options.id } : {}),
        retryLimit: options?.retryLimit ?? 3,
        retryBackoff: true,
        ...(options?.retryDelaySeconds ? { retryDelay: options.retryDelaySeconds } : {}),
        ...(options?.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
      });
      // Wake this process's workers now rather than at their next poll.
      if (!options?.startAfterSeconds)
        for (const worker of workers.get(queue) ?? []) boss.notifyWorker(worker);
      return id;
    },
    unfinished: async (ids, startedWithinSeconds) => {
      if (ids.length === 0) return new Set();
      const { rows } = await database.executeSql(
        `select id from pgboss.job where id = any($1::uuid[])
           and (state in ('created', 'retry') or (state = 'active' and started_on > now() - $2 * interval '1 second'))`,
        [ids, startedWithinSeconds],
      );
      return new Set(rows.map((row) => String(row.id)));
    },
    cancel: async (queue, id) => {
      await boss.cancel(queue, id);
    },
    stop: async () => {
      running = false;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/** The queue while pg-boss is starting: a job sent meanwhile is queued once it has started. */
export function jobsOnceStarted(starting: Promise<Jobs>): Jobs {
  let started: Jobs | undefined;
  starting.then(
    (jobs) => {
      started = jobs;
    },
    () => {}, // the failure is the starter's to report
  );
  return {
    get running() {
      return started?.running ?? false;
    },
    send: async (queue, data, options) => (await starting).send(queue, data, options),
    unfinished: async (ids, startedWithinSeconds) => (await starting).unfinished(ids, startedWithinSeconds),
    cancel: async (queue, id) => (await starting).cancel(queue, id),
    stop: async () => (await starting.catch(() => noJobs)).stop(),
  };
}

/** For processes that only read and write data (the operator command, most tests). */
export const noJobs: Jobs = {
  running: false,
  send: async (queue) => {
    throw new Error(`Background jobs are not running in this process; cannot queue "${queue}".`);
  },
  unfinished: async () => {
    throw new Error("Background jobs are not running in this process.");
  },
  cancel: async () => {
    throw new Error("Background jobs are not running in this process.");
  },
  stop: async () => {},
};
