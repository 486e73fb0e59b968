import type { Database } from "./client.js";

/**
 * Refreshes the planner's statistics after bulk writes. The embedded database has no autovacuum
 * daemon, so without this a freshly imported table keeps the statistics of an empty one and
 * queries on it take the worst plans.
 */
export async function analyzeTables(database: Database, tables: readonly string[]): Promise<void> {
  await database.executeSql(`analyze ${tables.map((t) => `"${t}"`).join(", ")}`);
}

/** What autovacuum does on a server: reclaim dead rows and refresh statistics (embedded only). */
export async function vacuumEmbedded(database: Database): Promise<boolean> {
  if (database.kind !== "embedded") return false;
  await database.executeSql("vacuum (analyze)");
  return true;
}
