import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../test/test-database.js";
import { type Jobs, jobsOnceStarted, startJobs } from "./jobs.js";
import { createLogger } from "./logger.js";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function recordingJobs(sent: string[]): Jobs {
  return {
    running: true,
    send: async (queue) => {
      sent.push(queue);
      return `job-${sent.length}`;
    },
    unfinished: async () => new Set(),
    cancel: async () => {},
    stop: async () => {
      sent.push("stopped");
    },
  };
}

describe("the job queue while pg-boss is starting", () => {
  it("queues a job sent in that moment once pg-boss has started, and stops it", async () => {
    const starting = deferred<Jobs>();
    const jobs = jobsOnceStarted(starting.promise);
    const sent: string[] = [];
    const id = jobs.send("xero.import", { companyId: "c1" });
    expect(jobs.running).toBe(false);
    expect(sent).toEqual([]);
    starting.resolve(recordingJobs(sent));
    await expect(id).resolves.toBe("job-1");
    expect(sent).toEqual(["xero.import"]);
    expect(jobs.running).toBe(true);
    await jobs.stop();
    expect(sent).toEqual(["xero.import", "stopped"]);
  });

  it("refuses a job with the start's own error when pg-boss could not start, and stops quietly", async () => {
    const starting = deferred<Jobs>();
    const jobs = jobsOnceStarted(starting.promise);
    const id = jobs.send("xero.import", {});
    starting.reject(new Error("the jobs schema could not be created"));
    await expect(id).rejects.toThrow("the jobs schema could not be created");
    await expect(jobs.stop()).resolves.toBeUndefined();
  });
});

describe("pg-boss on Kontor's database", () => {
  it("queues a job under the id it is given, tells which jobs are unfinished, and cancels one", async () => {
    const database = await createTestDatabase();
    const started = deferred<void>();
    const release = deferred<void>();
    const jobs = await startJobs(database, createLogger("silent"), [
      {
        queue: "test.work",
        handler: async () => {
          started.resolve();
          await release.promise;
        },
      },
    ]);
    try {
      const later = randomUUID();
      expect(await jobs.send("test.work", {}, { id: later, startAfterSeconds: 3600 })).toBe(later);
      const never = randomUUID();
      expect(await jobs.unfinished([later, never], 15)).toEqual(new Set([later]));
      await jobs.cancel("test.work", later);
      expect(await jobs.unfinished([later], 15)).toEqual(new Set());

      // A running job is unfinished while it may still be alive: started within the given time.
      const now = randomUUID();
      await jobs.send("test.work", {}, { id: now });
      await started.promise;
      expect(await jobs.unfinished([now], 15)).toEqual(new Set([now]));
      expect(await jobs.unfinished([now], 0)).toEqual(new Set());
      release.resolve();
    } finally {
      release.resolve();
      await jobs.stop();
      await database.close();
    }
  }, 60_000);
});
