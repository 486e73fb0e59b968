import { startKontor } from "./kontor-server.js";

/**
 * Starts the Kontor every browser test uses (see kontor-server.ts). Tests find the same database
 * through KONTOR_E2E_DATA_DIR / KONTOR_E2E_DATABASE_URL (for operator commands).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const port = process.env.KONTOR_E2E_PORT;
  if (!port) throw new Error("playwright.config.ts sets KONTOR_E2E_PORT before the global setup runs.");
  const kontor = await startKontor({ port });
  process.env.KONTOR_E2E_DATA_DIR = kontor.dataDir;
  if (kontor.databaseUrl) process.env.KONTOR_E2E_DATABASE_URL = kontor.databaseUrl;
  else delete process.env.KONTOR_E2E_DATABASE_URL;
  return () => kontor.stop();
}
