import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";

export type Db = PgDatabase<PgQueryResultHKT>;
export type DatabaseKind = "embedded" | "postgres";

/** What pg-boss and raw statements need: one SQL text, optional parameters, rows back. */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

export interface Database {
  kind: DatabaseKind;
  db: Db;
  executeSql: ExecuteSql;
  close(): Promise<void>;
}

export async function openEmbedded(dataDir: string | undefined): Promise<Database> {
  // No dataDir: an in-memory database (tests).
  // Postgres's default 128 MB of shared buffers is more than a firm's data needs; it would only cost memory.
  const options = { postgresqlconf: ["shared_buffers=32MB"] };
  const client = dataDir ? await PGlite.create(dataDir, options) : await PGlite.create(options);
  return fromPglite(client);
}

export function fromPglite(client: PGlite): Database {
  return {
    kind: "embedded",
    db: drizzlePglite(client) as unknown as Db,
    executeSql: async (text, values) => {
      if (values && values.length > 0) return client.query(text, values);
      // Parameterless SQL may hold several statements (pg-boss's schema scripts); the simple protocol runs them all.
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
    close: () => client.close(),
  };
}

export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max, application_name: "kontor" });
  // Fail at start, with the server's own message, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  return {
    kind: "postgres",
    db: drizzlePg(pool) as unknown as Db,
    executeSql: async (text, values) => {
      const result = await pool.query(text, values);
      const last = Array.isArray(result) ? result.at(-1) : result;
      return { rows: last?.rows ?? [] };
    },
    close: () => pool.end(),
  };
}
