// npm run bench:foundation — start-up time (new and existing data directory), idle memory,
// and GET /api/me under 50 concurrent connections, measured against `npm start` as a user runs it.
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { load } from "./load.js";

const root = path.resolve(import.meta.dirname, "..");
const port = 3150;
const base = `http://localhost:${port}`;

function startKontor(dataDir: string): { child: ChildProcess; started: number } {
  const started = performance.now();
  const child = spawn("npm", ["start", "--silent"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: "ignore",
    detached: true,
  });
  return { child, started };
}

async function readyAfter(started: number): Promise<number> {
  for (;;) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
  // npm may exit before the server has let go of the port: the next start must not meet it.
  for (;;) {
    try {
      await fetch(`${base}/healthz`);
      await new Promise((r) => setTimeout(r, 25));
    } catch {
      return;
    }
  }
}

/** RSS of the server process (the node process running the built main.js) in MB. */
function serverRssMb(): number {
  const pid = execFileSync("pgrep", ["-f", "dist/server/main.js"]).toString().trim().split("\n")[0];
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
}

/** Until the JIT has settled: its background compiles share the two cores with the load tool. */
const WARM_UP_SECONDS = 10;

/** wrk (Debian package) when installed: it leaves the second core to the server; else a Node client. */
async function measureMe(cookie: string) {
  const hasWrk = spawnSync("wrk", ["--version"]).error === undefined;
  if (!hasWrk) {
    await load({
      url: `${base}/api/me`,
      connections: 50,
      seconds: WARM_UP_SECONDS,
      headers: { Cookie: cookie },
    });
    return {
      tool: "node http client",
      ...(await load({ url: `${base}/api/me`, connections: 50, seconds: 10, headers: { Cookie: cookie } })),
    };
  }
  const args = ["-t1", "-c50", "--latency", "-H", `Cookie: ${cookie}`, `${base}/api/me`];
  execFileSync("wrk", [`-d${WARM_UP_SECONDS}s`, ...args]);
  const out = execFileSync("wrk", ["-d10s", ...args]).toString();
  const pick = (label: string) =>
    /([\d.]+)(us|ms|s)\b/.exec(new RegExp(`${label}\\s+(\\S+)`).exec(out)?.[1] ?? "");
  const ms = (label: string) => {
    const m = pick(label);
    if (!m) return null;
    const factor = m[2] === "us" ? 0.001 : m[2] === "s" ? 1000 : 1;
    return Number((Number(m[1]) * factor).toFixed(2));
  };
  return {
    tool: "wrk, 1 thread, 50 connections, 10 s",
    perSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1])),
    p50: ms("50%"),
    p90: ms("90%"),
    p99: ms("99%"),
    errors: /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0,
    // What wrk printed, when a figure could not be read from it.
    ...([ms("50%"), ms("90%"), ms("99%")].includes(null) ? { wrkOutput: out } : {}),
  };
}

execFileSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kontor-bench-"));
const results: Record<string, unknown> = {};

let run = startKontor(dataDir);
results.startNewDataDirMs = Math.round(await readyAfter(run.started));
await stop(run.child);

const starts: number[] = [];
for (let i = 0; i < 3; i++) {
  run = startKontor(dataDir);
  starts.push(Math.round(await readyAfter(run.started)));
  if (i < 2) await stop(run.child);
}
results.startExistingDataDirMs = starts;

const signup = await fetch(`${base}/api/auth/signup`, {
  method: "POST",
  headers: { "Content-Type": "application/json", Origin: base },
  body: JSON.stringify({
    companyName: "Bench",
    name: "Bench",
    email: "bench@example.com",
    password: "bench password 1",
  }),
});
const cookie = signup.headers.get("set-cookie")!.split(";")[0]!;
await new Promise((r) => setTimeout(r, 5000));
results.idleRssMb = serverRssMb();

results.getMe50Connections = await measureMe(cookie);
results.rssAfterLoadMb = serverRssMb();
await stop(run.child);
fs.rmSync(dataDir, { recursive: true, force: true });

console.log(
  JSON.stringify({ machine: `${os.cpus().length} cores, node ${process.version}`, ...results }, null, 2),
);
