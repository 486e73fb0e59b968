import { randomUUID } from "node:crypto";
import type { JobDefinition, Jobs, SendOptions } from "../lib/jobs.js";

interface Queued {
  id: string;
  queue: string;
  data: object;
  retryCount: number;
}

/**
 * Background jobs for tests: queued like pg-boss queues them, run when the test says so, in
 * order (so one per company at a time holds trivially), and retried up to the queue's limit when
 * they throw. The real pg-boss wiring is tested in server.test.ts and the browser tests.
 */
export class ManualJobs implements Jobs {
  readonly running = true;
  readonly queued: Queued[] = [];
  readonly sent: { queue: string; data: object; options?: SendOptions }[] = [];
  /** Jobs that threw on their last allowed attempt. */
  readonly dead: { queue: string; data: object; error: unknown }[] = [];
  readonly cancelled: string[] = [];
  private current: string | undefined;

  constructor(private readonly definitions: () => JobDefinition<object>[]) {}

  async send<T extends object>(queue: string, data: T, options?: SendOptions): Promise<string> {
    const id = options?.id ?? randomUUID();
    this.sent.push({ queue, data, options });
    this.queued.push({ id, queue, data, retryCount: 0 });
    return id;
  }

  /** Runs queued jobs, and those they queue, until none is left; answers how many ran. */
  async runAll(): Promise<number> {
    const definitions = new Map(this.definitions().map((d) => [d.queue, d]));
    let ran = 0;
    for (let next = this.queued.shift(); next; next = this.queued.shift()) {
      const def = definitions.get(next.queue);
      if (!def) throw new Error(`no job definition for queue ${next.queue}`);
      ran++;
      this.current = next.id;
      try {
        await def.handler(next.data, { id: next.id, retryCount: next.retryCount });
      } catch (error) {
        if (next.retryCount < (def.retryLimit ?? 3))
          this.queued.push({ ...next, retryCount: next.retryCount + 1 });
        else this.dead.push({ queue: next.queue, data: next.data, error });
      } finally {
        this.current = undefined;
      }
    }
    return ran;
  }

  /** Queued and retrying jobs, and the one running now, are unfinished. */
  async unfinished(ids: string[]): Promise<Set<string>> {
    const live = new Set(this.queued.map((q) => q.id));
    if (this.current) live.add(this.current);
    return new Set(ids.filter((id) => live.has(id)));
  }

  async cancel(_queue: string, id: string): Promise<void> {
    this.cancelled.push(id);
    this.queued.splice(0, this.queued.length, ...this.queued.filter((q) => q.id !== id));
  }

  async stop(): Promise<void> {}
}
