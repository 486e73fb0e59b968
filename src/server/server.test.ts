import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { promisify } from "node:util";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Me } from "../shared/api/auth.js";
import { loadConfig } from "./config.js";
import { createLogger } from "./lib/logger.js";
import { type RunningServer, startServer } from "./server.js";
import { AS_PID_1, pidNamespacesUnavailable } from "./test/pid-namespace.js";
import { createScratchDatabase } from "./test/test-database.js";

// Each test starts whole Kontor servers and processes (database, migrations, job queue): on a
// busy two-core machine one start alone can take 30 s. A limit, not a measure.
vi.setConfig({ testTimeout: 180_000 });

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const running: RunningServer[] = [];
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const server of running.splice(0)) await server.stop();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Where this run's data lives: a temporary DATA_DIR, or a fresh database on the test server. */
async function storage(): Promise<Record<string, string>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kontor-"));
  cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  if (!process.env.TEST_DATABASE_URL) return { DATA_DIR: dataDir };
  const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL);
  cleanups.push(() => scratch.drop());
  return { DATA_DIR: dataDir, DATABASE_URL: scratch.url };
}

/** A port nothing listens on: Kontor's PUBLIC_URL, the one Origin it accepts, names its port. */
async function freePort(): Promise<string> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return String(port);
}

async function start(env: Record<string, string>, logger = createLogger("silent")) {
  const config = loadConfig({
    ...env,
    PORT: await freePort(),
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    XERO_SANDBOX_PORT: "0",
  });
  const server = await startServer(config, logger);
  running.push(server);
  return server;
}

async function call<T>(server: RunningServer, method: string, path: string, body?: unknown, cookie?: string) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      "Content-Type": "application/json",
      Origin: server.url,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return {
    status: res.status,
    cookie: res.headers.get("set-cookie")?.split(";")[0],
    body: (await res.json()) as T,
  };
}

const signup = {
  companyName: "Acme",
  name: "Maria",
  email: "maria@example.com",
  password: "correct horse battery",
};

describe("the server", () => {
  it("answers /healthz with the database kind and version", async () => {
    const server = await start(await storage());
    const res = await fetch(`${server.url}/healthz`);
    const expected = process.env.TEST_DATABASE_URL ? "postgres" : "embedded";
    expect(await res.json()).toEqual({ status: "ok", database: expected, version: server.deps.version });
  });

  it("keeps everything across a restart", async () => {
    const env = await storage();
    let server = await start(env);
    expect((await call(server, "POST", "/api/auth/signup", signup)).status).toBe(201);
    await running.pop()!.stop();
    server = await start(env);
    const login = await call<Me>(server, "POST", "/api/auth/login", {
      email: signup.email,
      password: signup.password,
    });
    expect(login.status).toBe(200);
    expect(login.body.company.name).toBe("Acme");
  });

  it("runs background jobs on its own database", async () => {
    const server = await start(await storage());
    expect(server.deps.jobs.running).toBe(true);
    const id = await server.deps.jobs.send("auth.delete-expired", {});
    expect(id).toBeTruthy();
    let state = "";
    for (let i = 0; i < 100 && state !== "completed"; i++) {
      const { rows } = await server.deps.database.executeSql("select state from pgboss.job where id = $1", [
        id,
      ]);
      state = String(rows[0]?.state ?? "");
      if (state !== "completed") await new Promise((r) => setTimeout(r, 200));
    }
    expect(state).toBe("completed");
  });

  it("talks to its bundled Xero sandbox without Xero credentials, and to real Xero with them", async () => {
    const env = await storage();
    let server = await start(env);
    const created = await call<Me>(server, "POST", "/api/auth/signup", signup);
    const demo = await call<{ label: string; sandbox: boolean }>(
      server,
      "GET",
      "/api/integrations/xero",
      undefined,
      created.cookie,
    );
    expect(demo.body).toMatchObject({ label: "Demo Xero (sandbox)", sandbox: true });
    const bundled = server.deps.integrations.providers.xero.settings;
    expect((await fetch(`${bundled.issuerUrl}/.well-known/openid-configuration`)).status).toBe(200);
    await running.pop()!.stop();

    server = await start({ ...env, XERO_CLIENT_ID: "real-app", XERO_CLIENT_SECRET: "real-secret" });
    const login = await call<Me>(server, "POST", "/api/auth/login", {
      email: signup.email,
      password: signup.password,
    });
    const real = await call<{ label: string; sandbox: boolean }>(
      server,
      "GET",
      "/api/integrations/xero",
      undefined,
      login.cookie,
    );
    expect(real.body).toMatchObject({ label: "Xero", sandbox: false });
    expect(server.deps.integrations.providers.xero.settings).toMatchObject({
      issuerUrl: "https://identity.xero.com",
      apiUrl: "https://api.xero.com",
      clientId: "real-app",
    });
  });

  it("publishes its OpenAPI document and docs page", async () => {
    const server = await start(await storage());
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    for (const p of [
      "/auth/signup",
      "/auth/login",
      "/auth/logout",
      "/me",
      "/auth/tokens",
      "/apps",
      "/apps/{app}/enable",
    ]) {
      expect(doc.paths).toHaveProperty([p]);
    }
    const docs = await fetch(`${server.url}/api/docs`);
    expect(await docs.text()).toContain("swagger-ui-bundle.js");
    expect((await fetch(`${server.url}/api/docs/assets/swagger-ui-bundle.js`)).status).toBe(200);
  });
});

const onServer = !!process.env.TEST_DATABASE_URL;
describe.skipIf(onServer)(
  `the embedded data directory${onServer ? " (skipped: TEST_DATABASE_URL runs on a PostgreSQL server, not an embedded directory)" : ""}`,
  () => {
    it("refuses a second process, naming the holder, and leaves the data untouched", async () => {
      const env = await storage();
      const server = await start(env);
      expect((await call(server, "POST", "/api/auth/signup", signup)).status).toBe(201);
      const second = await run(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
        cwd: root,
        env: { ...process.env, ...env, PORT: "0", LOG_LEVEL: "silent" },
      }).catch((error: { code: number; stderr: string }) => error);
      expect("code" in second && second.code).toBe(1);
      expect(second.stderr).toContain(`in use by another Kontor process (pid ${process.pid}`);
      const login = await call(server, "POST", "/api/auth/login", {
        email: signup.email,
        password: signup.password,
      });
      expect(login.status).toBe(200);
    });

    it.skipIf(!!pidNamespacesUnavailable)(
      `starts again as a container's PID 1 after PID 1 was killed with kill -9${pidNamespacesUnavailable}`,
      async () => {
        const env = await storage();
        const first = await startAsPid1(env);
        expect(first.output).toContain("Kontor is ready");
        // unshare's one child is the container's PID 1: killed from outside, as `docker kill` does.
        const pid1 = Number(
          fs.readFileSync(`/proc/${first.child.pid}/task/${first.child.pid}/children`, "utf8"),
        );
        process.kill(pid1, "SIGKILL");
        await first.exited;
        const again = await startAsPid1(env);
        expect(again.output).not.toContain("in use by another Kontor process");
        expect(again.output).toContain("Kontor is ready");
      },
      120_000,
    );
  },
);

/** Runs `npm start`'s server as PID 1 of a new PID namespace; answers once it is ready or has stopped. */
async function startAsPid1(env: Record<string, string>) {
  const child = spawn(
    AS_PID_1[0]!,
    [...AS_PID_1.slice(1), process.execPath, "--import", "tsx", "src/server/main.ts"],
    {
      cwd: root,
      env: {
        ...process.env,
        ...env,
        PORT: "0",
        HOST: "127.0.0.1",
        XERO_SANDBOX_PORT: "0",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  cleanups.push(async () => {
    child.kill("SIGKILL"); // --kill-child takes PID 1 along
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let output = "";
  const ready = new Promise<void>((resolve) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Kontor is ready")) resolve();
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
  });
  await Promise.race([ready, exited]);
  return { child, exited, output };
}

describe("the operator command", () => {
  it("changes a plan on the server's database while the server runs", async () => {
    const env = await storage();
    const server = await start(env);
    const created = await call<Me>(server, "POST", "/api/auth/signup", signup);
    // Ask once first, so the server holds the signed-in user in its cache.
    expect((await call<Me>(server, "GET", "/api/me", undefined, created.cookie)).body.company.plan).toBe(
      "free",
    );
    const cli = await run(
      process.execPath,
      ["--import", "tsx", "src/server/cli.ts", "plan", "acme", "team"],
      {
        cwd: root,
        env: { ...process.env, ...env },
      },
    );
    expect(cli.stdout).toContain("Acme is now on the Team plan.");
    // On PostgreSQL the change reaches the server as a notification, a moment after the command ends.
    await expect
      .poll(
        async () => (await call<Me>(server, "GET", "/api/me", undefined, created.cookie)).body.company.plan,
        {
          timeout: 5000,
        },
      )
      .toBe("team");
  });
});

describe.skipIf(!onServer)(
  `a PostgreSQL server${onServer ? "" : " (skipped: needs TEST_DATABASE_URL; the embedded database has no connections to lose)"}`,
  () => {
    it("goes on answering after the database server ends Kontor's idle connections", async () => {
      const env = await storage();
      const lines: { msg: string; code?: string }[] = [];
      const logLines = new Writable({
        write(chunk, _encoding, done) {
          lines.push(JSON.parse(String(chunk)) as { msg: string; code?: string });
          done();
        },
      });
      const server = await start(env, createLogger("warn", logLines));
      expect((await call(server, "POST", "/api/auth/signup", signup)).status).toBe(201);

      // As a server restart or an administrator would: end every connection of Kontor's pool.
      const admin = new pg.Client({ connectionString: env.DATABASE_URL });
      await admin.connect();
      const pids = (
        await admin.query<{ pid: number }>(
          "select pid from pg_stat_activity where datname = current_database() and application_name = 'kontor'",
        )
      ).rows.map((row) => row.pid);
      expect(pids.length).toBeGreaterThan(0);
      await admin.query("select pg_terminate_backend(pid) from unnest($1::int[]) as pid", [pids]);
      const stillThere = async () =>
        (await admin.query("select pid from pg_stat_activity where pid = any($1::int[])", [pids])).rowCount;
      await expect.poll(stillThere).toBe(0);
      await admin.end();
      // Heard as a lost connection (one busy in a background job at that moment fails that job instead).
      const lost = () => lines.filter((line) => line.msg === "database connection lost");
      await expect.poll(() => lost().length).toBeGreaterThan(0);
      expect(lost()[0]?.code).toBe("57P01");

      const login = await call(server, "POST", "/api/auth/login", {
        email: signup.email,
        password: signup.password,
      });
      expect(login.status).toBe(200);
    });
  },
);
