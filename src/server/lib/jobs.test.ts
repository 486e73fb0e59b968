import { describe, expect, it } from "vitest";
import { type Jobs, jobsOnceStarted } from "./jobs.js";

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
