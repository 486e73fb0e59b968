import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../src/server/config.js";
import { createLogger } from "../src/server/lib/logger.js";
import { startServer } from "../src/server/server.js";
import { createScratchDatabase } from "../src/server/test/test-database.js";

/**
 * Kontor in-process for a benchmark: a fresh embedded database in a temporary data directory, or,
 * with DATABASE_URL, a new database of its own on that server. `stop()` removes both.
 */
export async function startBenchKontor({ name, port }: { name: string; port: number }) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `kontor-bench-${name}-`));
  const scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : null;
  const config = loadConfig({
    ...process.env,
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    XERO_SANDBOX_PORT: "0",
    XERO_CLIENT_ID: "",
    XERO_CLIENT_SECRET: "",
  });
  const server = await startServer(config, createLogger("warn"));
  return {
    server,
    async stop() {
      await server.stop();
      await scratch?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
