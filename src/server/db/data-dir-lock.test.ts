import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { AS_PID_1, pidNamespacesUnavailable } from "../test/pid-namespace.js";
import { DataDirLockedError, lockDataDir, lockFilePath, readLiveHolder } from "./data-dir-lock.js";

// A process that takes the lock as Kontor's main.ts does, says so, and holds it while it lives.
const HOLDER = `
import { lockDataDir } from ${JSON.stringify(pathToFileURL(path.join(import.meta.dirname, "data-dir-lock.ts")).href)};
const [dataDir, hold] = process.argv.slice(1);
try {
  lockDataDir(dataDir, "test holder");
} catch (error) {
  console.log("refused: " + error.message);
  process.exit(3);
}
console.log("locked " + process.pid);
if (hold === "hold") setInterval(() => {}, 60_000);
`;
const NODE = [process.execPath, "--import", "tsx", "--input-type=module", "-e", HOLDER];
const root = path.resolve(import.meta.dirname, "../../..");
const onLinux = fs.existsSync("/proc/self/stat");

const started: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kontor-lock-"));
  dirs.push(dir);
  return dir;
}

/** Starts a holder (with `prefix`, e.g. in a new PID namespace); answers its first line. */
function holder(dir: string, options: { hold?: boolean; prefix?: string[] } = {}) {
  const [command, ...args] = [...(options.prefix ?? []), ...NODE, dir, options.hold ? "hold" : "exit"];
  // stderr kept for the answer: unshare also complains there when its child is killed.
  const child = spawn(command!, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  started.push(child);
  let errors = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const line = new Promise<string>((resolve, reject) => {
    let text = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes("\n")) resolve(text.split("\n")[0]!);
    });
    child.on("exit", (code) => resolve(text.split("\n")[0] || `exited ${code}: ${errors}`));
    child.on("error", reject);
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.on("exit", () => resolve());
  });
  return { child, line, exited };
}

/** Waits for a condition the kernel reports (a process's state), not for a length of time. */
async function until(condition: () => boolean) {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

function state(pid: number): string | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ")[0];
  } catch {
    return undefined;
  }
}

describe("the data directory lock", () => {
  it("refuses a second process while the holder lives, naming it", async () => {
    const dir = dataDir();
    const first = holder(dir, { hold: true });
    const pid = Number((await first.line).replace("locked ", ""));
    expect(pid).toBe(first.child.pid);
    const second = holder(dir);
    expect(await second.line).toContain(
      `refused: The data directory ${dir} is in use by another Kontor process (pid ${pid}`,
    );
    expect(readLiveHolder(dir)?.pid).toBe(pid);
    expect(() => lockDataDir(dir, "test")).toThrow(DataDirLockedError);
  });

  it("is taken by a restart once its holder was killed, and released on stop", async () => {
    const dir = dataDir();
    const first = holder(dir, { hold: true });
    expect(await first.line).toMatch(/^locked /);
    first.child.kill("SIGKILL");
    await first.exited;
    expect(readLiveHolder(dir)).toBeNull();
    const lock = lockDataDir(dir, "test");
    expect(readLiveHolder(dir)?.pid).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(lockFilePath(dir))).toBe(false);
  });

  it.skipIf(!onLinux)(
    `is taken over from a holder killed but not yet reaped (a zombie)${onLinux ? "" : " (skipped: no /proc here)"}`,
    async () => {
      const dir = dataDir();
      // The holder's parent execs into sleep, which never reaps it: killed, it stays a zombie.
      const parent = spawn("sh", ["-c", `"$0" "$@" & exec sleep 60`, ...NODE, dir, "hold"], {
        cwd: root,
        stdio: ["ignore", "pipe", "inherit"],
      });
      started.push(parent);
      const line = await new Promise<string>((resolve) => {
        let text = "";
        parent.stdout!.on("data", (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes("\n")) resolve(text.split("\n")[0]!);
        });
      });
      const pid = Number(line.replace("locked ", ""));
      process.kill(pid, "SIGKILL");
      await until(() => state(pid) === "Z");
      expect(await holder(dir).line).toMatch(/^locked /);
    },
  );

  it.skipIf(!onLinux)(
    `is taken over when the holder's pid now belongs to another process${onLinux ? "" : " (skipped: no /proc here)"}`,
    async () => {
      const dir = dataDir();
      const first = holder(dir, { hold: true });
      expect(await first.line).toMatch(/^locked /);
      first.child.kill("SIGKILL");
      await first.exited;
      // The pid is reused by an unrelated process, which started at another time.
      const other = spawn("sleep", ["60"]);
      started.push(other);
      const file = lockFilePath(dir);
      fs.writeFileSync(
        file,
        JSON.stringify({ ...JSON.parse(fs.readFileSync(file, "utf8")), pid: other.pid }),
      );
      expect(readLiveHolder(dir)).toBeNull();
      expect(await holder(dir).line).toMatch(/^locked /);
    },
  );

  it("without /proc, takes over a lock naming this process's pid from an earlier process, and refuses a live one", async () => {
    const dir = dataDir();
    const file = lockFilePath(dir);
    const earlier = { pid: process.pid, hostname: os.hostname(), startedAt: "2024-01-01", command: "kontor" };
    fs.writeFileSync(file, JSON.stringify({ ...earlier, token: "an earlier process" }));
    const lock = lockDataDir(dir, "test", { proc: path.join(dir, "no-proc") });
    expect(() => lockDataDir(dir, "again", { proc: path.join(dir, "no-proc") })).toThrow(DataDirLockedError);
    lock.release();
    const live = spawn("sleep", ["60"]);
    started.push(live);
    fs.writeFileSync(file, JSON.stringify({ ...earlier, pid: live.pid }));
    expect(() => lockDataDir(dir, "test", { proc: path.join(dir, "no-proc") })).toThrow(DataDirLockedError);
  });

  it("lets exactly one of several processes started together take a dead holder's lock", async () => {
    const dir = dataDir();
    const first = holder(dir, { hold: true });
    expect(await first.line).toMatch(/^locked /);
    first.child.kill("SIGKILL");
    await first.exited;
    const racers = [holder(dir, { hold: true }), holder(dir, { hold: true }), holder(dir, { hold: true })];
    const lines = await Promise.all(racers.map((r) => r.line));
    expect(lines.filter((l) => l.startsWith("locked "))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("refused: "))).toHaveLength(2);
  });
});

describe.skipIf(!!pidNamespacesUnavailable)(
  `the data directory lock in a container${pidNamespacesUnavailable}`,
  () => {
    it("is taken by Kontor restarted as PID 1 after PID 1 was killed with kill -9", async () => {
      const dir = dataDir();
      const first = holder(dir, { hold: true, prefix: AS_PID_1 });
      expect(await first.line).toBe("locked 1");
      // unshare's one child is PID 1 of the new namespace; kill it from outside, as `docker kill` would.
      const unsharePid = first.child.pid!;
      const pid1 = Number(fs.readFileSync(`/proc/${unsharePid}/task/${unsharePid}/children`, "utf8").trim());
      process.kill(pid1, "SIGKILL");
      await first.exited;
      expect(await holder(dir, { prefix: AS_PID_1 }).line).toBe("locked 1");
    });

    it("still refuses a second Kontor in the same container while PID 1 lives", async () => {
      const dir = dataDir();
      const container = spawn(
        AS_PID_1[0]!,
        [
          ...AS_PID_1.slice(1),
          "sh",
          "-c",
          `"$0" "$@" & while ! [ -s "${dir}/kontor.lock" ]; do sleep 0.05; done; "$0" "$1" "$2" "$3" "$4" "$5" "${dir}" exit; wait`,
          ...NODE,
          dir,
          "hold",
        ],
        { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
      );
      started.push(container);
      const output = await new Promise<string>((resolve) => {
        let text = "";
        container.stdout!.on("data", (chunk: Buffer) => {
          text += chunk.toString();
          if (text.split("\n").length > 2) resolve(text);
        });
      });
      expect(output).toMatch(/locked 2\n/);
      expect(output).toMatch(/refused: .*\(pid 2 /);
    });
  },
);
