import fs from "node:fs";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { buildApp } from "./app.js";
import type { Deps } from "./app-env.js";
import type { Config } from "./config.js";
import { createDeps } from "./create-deps.js";
import { type Database, openEmbedded, openPostgres } from "./db/client.js";
import { type DataDirLock, lockDataDir } from "./db/data-dir-lock.js";
import { applyMigrations } from "./db/migrate.js";
import { jobDefinitions } from "./jobs.js";
import { type Clock, systemClock } from "./lib/clock.js";
import { loadSecretBox } from "./lib/crypto.js";
import { jobsOnceStarted, startJobs } from "./lib/jobs.js";
import type { Logger } from "./lib/logger.js";
import { realTimers } from "./lib/timers.js";
import { listenForPrincipalChanges } from "./modules/auth/principal-listener.js";
import { billOnSchedule } from "./modules/billing/runs/bill-on-schedule.js";
import { listenForClientListChanges } from "./modules/clients/client-totals.js";
import { startBundledSandbox } from "./modules/integrations/bundled-sandbox.js";
import { keepImportsGoing } from "./modules/integrations/sync/resume-stopped-imports.js";
import { listenForOperator } from "./operator/operator-socket.js";

export const version: string = (
  JSON.parse(fs.readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

export interface RunningServer {
  url: string;
  deps: Deps;
  stop(): Promise<void>;
}

/** Boot: data directory lock → database → migrations → jobs → HTTP. Undone in reverse by stop(). */
export async function startServer(
  config: Config,
  logger: Logger,
  clock: Clock = systemClock,
  heldLock?: DataDirLock,
): Promise<RunningServer> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    if (!config.databaseUrl) {
      const lock = heldLock ?? lockDataDir(config.dataDir, process.argv.slice(1).join(" ") || "kontor");
      cleanups.push(() => lock.release());
    }
    // The sandbox (its signing key, its demo data) starts while the database opens.
    const sandboxStarting = startBundledSandbox(config, logger);
    sandboxStarting.catch(() => {}); // its failure is thrown below; this only keeps it from going unhandled
    cleanups.push(async () => (await sandboxStarting.catch(() => null))?.sandbox.close());
    const database: Database = config.databaseUrl
      ? await openPostgres(config.databaseUrl, {
          onLostConnection: (error) =>
            logger.warn(
              { code: (error as { code?: string }).code, message: error.message },
              "database connection lost",
            ),
        })
      : await openEmbedded(config.dataDir);
    cleanups.push(() => database.close());
    await applyMigrations(database);

    const box = loadSecretBox(config.encryptionKey, config.dataDir, logger);
    const bundled = await sandboxStarting;
    // Job handlers get the same deps; the queue itself is filled in once Kontor listens.
    const deps = createDeps({
      config,
      database,
      logger,
      clock,
      timers: realTimers,
      box,
      version,
      xeroApp: bundled ?? undefined,
    });
    cleanups.push(() => deps.mailer.close?.());
    // The embedded database has this process alone: its writes drop cached principals directly.
    if (database.kind === "postgres")
      cleanups.push(await listenForPrincipalChanges(database, deps.principals));
    cleanups.push(await listenForClientListChanges(database, deps.clientTotals));
    // The leases of imports this process works on are renewed until its jobs have stopped.
    cleanups.push(deps.integrations.importWorker.keepLeases(logger));
    // Stopped after HTTP (cleanups run in reverse), whichever queue deps.jobs is by then.
    cleanups.push(() => deps.jobs.stop());

    const app = buildApp(deps);
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
    await new Promise<void>((resolve, reject) => {
      server.once("listening", resolve);
      server.once("error", reject);
    });
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive connections would hold close() open.
          if ("closeAllConnections" in server) server.closeAllConnections();
        }),
    );
    // pg-boss starts while Kontor already answers (a few hundred ms sooner): a request that queues
    // a job waits for it. Kontor is ready, and startServer answers, once it has started.
    const jobsStarting = startJobs(database, logger, jobDefinitions(deps));
    deps.jobs = jobsOnceStarted(jobsStarting);
    if (!config.databaseUrl) cleanups.push(await listenForOperator(deps, config.dataDir));
    await jobsStarting;
    // Imports whose worker died go on; on the embedded database, what earlier processes left at once.
    cleanups.push(await keepImportsGoing(deps, { previousProcessesGone: database.kind === "embedded" }));
    // Billing days missed while Kontor was down are billed now (each period once, whatever happens).
    billOnSchedule(deps).catch((error) => logger.error({ err: error }, "billing schedule catch-up failed"));

    const port = (server.address() as AddressInfo).port;
    return { url: `http://localhost:${port}`, deps, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
