import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
  command: string;
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

const LOCK_FILE = "kontor.lock";

export function lockFilePath(dataDir: string): string {
  return path.join(dataDir, LOCK_FILE);
}

/** Reads the lock file; null when there is none or its holder is gone. */
export function readLiveHolder(dataDir: string): LockHolder | null {
  let holder: LockHolder;
  try {
    holder = JSON.parse(fs.readFileSync(lockFilePath(dataDir), "utf8")) as LockHolder;
  } catch {
    return null;
  }
  return holder.hostname === os.hostname() && isAlive(holder.pid) ? holder : null;
}

/**
 * PGlite has no lock of its own: two processes on one directory would corrupt it.
 * The lock is a file created exclusively; a file left by a dead process is taken over.
 */
export function lockDataDir(dataDir: string, command: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockFilePath(dataDir);
  const me: LockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    command,
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: "wx", mode: 0o600 });
      return { path: file, release: () => releaseIfMine(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLiveHolder(dataDir);
      if (holder) throw new DataDirLockedError(dataDir, holder);
      // Stale lock: its process is gone. Remove and try once more (a racing process may win).
      fs.rmSync(file, { force: true });
    }
  }
  const holder = readLiveHolder(dataDir);
  if (holder) throw new DataDirLockedError(dataDir, holder);
  throw new Error(`Could not lock the data directory ${dataDir}`);
}

function releaseIfMine(file: string): void {
  try {
    const holder = JSON.parse(fs.readFileSync(file, "utf8")) as LockHolder;
    if (holder.pid === process.pid) fs.rmSync(file, { force: true });
  } catch {
    // Already gone.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but owned by another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
