import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { Database } from "./client.js";

/** Found from the project's root, so it holds for the sources and for the bundled server alike. */
export const migrationsFolder = path.join(projectRoot(), "src/server/db/migrations");

function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("Kontor's package.json was not found above the server's code.");
    dir = up;
  }
  return dir;
}

/** Applies the committed SQL migrations; each runs once, in order, inside a transaction. */
export async function applyMigrations(database: Database): Promise<void> {
  if (database.kind === "embedded") {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder });
  }
}
