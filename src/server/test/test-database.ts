import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type Database, fromPglite, openPostgres, pgliteOptions } from "../db/client.js";
import { applyMigrations } from "../db/migrate.js";

/**
 * A migrated database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by TEST_DATABASE_URL. resetDatabase() empties it between tests.
 */
export async function createTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    return fromPglite(await PGlite.create(pgliteOptions({ loadDataDir: await migratedImage() })));
  }
  const scratch = await createScratchDatabase(serverUrl);
  const database = await openPostgres(scratch.url, { max: 5 });
  await applyMigrations(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

/** A new, empty database on the PostgreSQL server at `serverUrl`. */
export async function createScratchDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `kontor_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

/** The migrated image made by global-setup.ts, or one made here when a test runs without it. */
async function migratedImage(): Promise<Blob> {
  const file = process.env.KONTOR_TEST_PGLITE_IMAGE;
  if (file) return new Blob([await fs.readFile(file)]);
  const client = await PGlite.create(pgliteOptions());
  await applyMigrations(fromPglite(client));
  const blob = await client.dumpDataDir("none");
  await client.close();
  return blob;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Empties every table Kontor owns, so each test starts from a clean database. */
export async function resetDatabase(database: Database): Promise<void> {
  const { rows } = await database.executeSql(
    "select string_agg(format('%I.%I', schemaname, tablename), ', ') as tables from pg_tables where schemaname = 'public'",
  );
  const tables = rows[0]?.tables;
  if (typeof tables === "string" && tables)
    await database.executeSql(`truncate ${tables} restart identity cascade`);
}
