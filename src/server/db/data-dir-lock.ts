import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
  command: string;
  /** Random per process: tells this process from an earlier one that had the same pid. */
  token?: string;
  /** Clock ticks from boot to the process's start (Linux): with bootId, names it even once its pid is reused. */
  processStart?: string;
  bootId?: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Kontor process ` +
        `(pid ${holder.pid} on ${holder.hostname}, "${holder.command}", started ${holder.startedAt}). ` +
        "Stop that process first, or set DATA_DIR to another directory.",
    );
  }
}

export interface DataDirLock {
  path: string;
  release(): void;
}

export interface LockOptions {
  /** Where the process table is (tests point it elsewhere to try a system without /proc). */
  proc?: string;
}

const LOCK_FILE = "kontor.lock";
/** Held for the few milliseconds of checking and writing the lock, so two starters never both take it. */
const GUARD_SUFFIX = ".taking";
const GUARD_WAIT_MS = 5_000;
const token = randomUUID();

export function lockFilePath(dataDir: string): string {
  return path.join(dataDir, LOCK_FILE);
}

/** The process holding the data directory, or null when there is none or its holder is gone. */
export function readLiveHolder(dataDir: string, options: LockOptions = {}): LockHolder | null {
  const holder = readHolder(lockFilePath(dataDir));
  return holder && isAlive(holder, options.proc ?? "/proc") ? holder : null;
}

/**
 * PGlite has no lock of its own: two processes on one directory would corrupt it. The lock file
 * names its holder by pid and, where /proc is, by start time and boot: a killed holder (even one
 * not yet reaped, or whose pid is now someone else's, such as the next PID 1 of a container) is
 * taken over; a live one is refused.
 */
export function lockDataDir(dataDir: string, command: string, options: LockOptions = {}): DataDirLock {
  const proc = options.proc ?? "/proc";
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockFilePath(dataDir);
  const me: LockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    command,
    token,
    ...ownStart(proc),
  };
  withGuard(file + GUARD_SUFFIX, me, proc, () => {
    const holder = readHolder(file);
    if (holder && isAlive(holder, proc)) throw new DataDirLockedError(dataDir, holder);
    // Written whole, then renamed into place: a reader never sees half a lock.
    const temporary = `${file}.${process.pid}.${token}`;
    fs.writeFileSync(temporary, JSON.stringify(me), { mode: 0o600 });
    fs.renameSync(temporary, file);
  });
  return { path: file, release: () => removeIfMine(file) };
}

function withGuard(guard: string, me: LockHolder, proc: string, work: () => void): void {
  const waitUntil = Date.now() + GUARD_WAIT_MS;
  for (;;) {
    try {
      fs.writeFileSync(guard, JSON.stringify(me), { flag: "wx", mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const other = readHolder(guard);
    // A guard whose holder died is removed; an unreadable one is being written, unless it is old.
    if (other ? !isAlive(other, proc) : ageMs(guard) > 2_000) fs.rmSync(guard, { force: true });
    else if (Date.now() > waitUntil)
      throw new Error(`Another Kontor process is starting on ${path.dirname(guard)}; try again.`);
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
  try {
    work();
  } finally {
    removeIfMine(guard);
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return 0; // gone: try again
  }
}

function removeIfMine(file: string): void {
  if (readHolder(file)?.token === token) fs.rmSync(file, { force: true });
}

function isAlive(holder: LockHolder, proc: string): boolean {
  // Another machine's processes cannot be checked (a container's hostname is its own).
  if (holder.hostname !== os.hostname()) return false;
  // A pid is one live process at a time: the holder is either this process or gone.
  if (holder.pid === process.pid) return holder.token === token;
  const bootId = readBootId(proc);
  if (holder.bootId && bootId && holder.bootId !== bootId) return false;
  const seen = readStat(`${proc}/${holder.pid}/stat`);
  if (!seen) return answersSignals(holder.pid); // no /proc, or one hiding other users' processes
  // A zombie (killed, not yet reaped) holds nothing; neither does a later process with its pid.
  if (seen.state === "Z" || seen.state === "X") return false;
  return !holder.processStart || holder.processStart === seen.start;
}

function ownStart(proc: string): Pick<LockHolder, "processStart" | "bootId"> {
  const seen = readStat(`${proc}/self/stat`);
  const bootId = readBootId(proc);
  return { ...(seen ? { processStart: seen.start } : {}), ...(bootId ? { bootId } : {}) };
}

/** State (field 3) and start time (field 22) from /proc/<pid>/stat; the name before them may hold spaces. */
function readStat(file: string): { state: string; start: string } | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return fields[0] && fields[19] ? { state: fields[0], start: fields[19] } : null;
}

function readBootId(proc: string): string | null {
  try {
    return fs.readFileSync(`${proc}/sys/kernel/random/boot_id`, "utf8").trim() || null;
  } catch {
    return null;
  }
}

function answersSignals(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but owned by another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
