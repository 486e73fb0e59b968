import { ConfigError, loadConfig } from "./config.js";
import { type DataDirLock, DataDirLockedError, lockDataDir } from "./db/data-dir-lock.js";
import { createLogger } from "./lib/logger.js";
import { announceReady } from "./lib/ready-line.js";

const started = performance.now();
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
const logger = createLogger(config.logLevel);

try {
  // Take the embedded data directory before loading the rest, so a second process is told at once.
  let lock: DataDirLock | undefined;
  if (!config.databaseUrl) lock = lockDataDir(config.dataDir, process.argv.slice(1).join(" ") || "kontor");
  const { startServer } = await import("./server.js");
  const server = await startServer(config, logger, undefined, lock);
  logger.info(
    {
      url: config.publicUrl,
      database: server.deps.database.kind,
      dataDir: server.deps.database.kind === "embedded" ? config.dataDir : undefined,
      readyMs: Math.round(performance.now() - started),
    },
    `Kontor is ready on ${config.publicUrl}`,
  );
  announceReady(process.stderr, config.publicUrl, config.logLevel);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
} catch (error) {
  if (error instanceof DataDirLockedError) {
    logger.fatal(error.message);
    console.error(error.message);
  } else {
    logger.fatal({ err: error }, "Kontor could not start");
  }
  process.exit(1);
}
