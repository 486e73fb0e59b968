import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { freePort } from "./free-port.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new, empty PostgreSQL database on the TEST_DATABASE_URL server, for this run only. */
async function createDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kontor_e2e_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

async function waitUntilReady(baseUrl: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) break;
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").slice(-4000) : "(no output)";
  throw new Error(`Kontor did not start for the browser tests. Its output:\n${log}`);
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => server.kill("SIGKILL"), 10_000);
    server.once("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    server.kill("SIGTERM");
  });
}

export interface KontorServer {
  url: string;
  dataDir: string;
  /** The PostgreSQL database it runs on, with TEST_DATABASE_URL. */
  databaseUrl: string | null;
  stop(): Promise<void>;
}

/**
 * Starts Kontor the way `npm start` does (building the web app when it is out of date) on a fresh
 * data directory, or on a fresh PostgreSQL database when TEST_DATABASE_URL is set, with its
 * bundled Xero sandbox and `env` on top (e.g. SMTP_URL for one test's own Kontor).
 */
export async function startKontor({
  port,
  env: extra = {},
}: {
  port?: string;
  env?: Record<string, string>;
} = {}): Promise<KontorServer> {
  const listenOn = port ?? String(await freePort(3400, 3499));
  const baseUrl = `http://localhost:${listenOn}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kontor-e2e-"));
  const logFile = path.join(dataDir, "server.log");
  const database = process.env.TEST_DATABASE_URL ? await createDatabase(process.env.TEST_DATABASE_URL) : null;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: listenOn,
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
    // Kontor's bundled Xero sandbox, on a port no other run on this machine is using.
    XERO_SANDBOX_PORT: process.env.E2E_XERO_SANDBOX_PORT ?? String(await freePort(3300, 3399)),
    // Where "Contact Kontor" on a plan notice writes to.
    SUPPORT_EMAIL: "support@kontor.test",
  };
  delete env.DATABASE_URL;
  // No Xero credentials: the browser tests log in at the bundled sandbox, never at the real Xero.
  delete env.XERO_CLIENT_ID;
  delete env.XERO_CLIENT_SECRET;
  delete env.XERO_ISSUER_URL;
  delete env.XERO_API_URL;
  delete env.XERO_REDIRECT_URI;
  // Mail goes to the Outbox unless the caller says otherwise.
  delete env.SMTP_URL;
  delete env.MAIL_FROM;
  if (database) env.DATABASE_URL = database.url;
  Object.assign(env, extra);

  const log = fs.openSync(logFile, "a");
  const server = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
    cwd: root,
    env,
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log);

  try {
    await waitUntilReady(baseUrl, server, logFile);
  } catch (error) {
    await stopServer(server);
    await database?.drop();
    throw error;
  }

  return {
    url: baseUrl,
    dataDir,
    databaseUrl: database?.url ?? null,
    stop: async () => {
      await stopServer(server);
      await database?.drop();
      if (process.env.E2E_KEEP_DATA) console.log(`Kept the browser tests' data and server log in ${dataDir}`);
      else fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
