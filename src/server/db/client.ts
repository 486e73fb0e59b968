import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { listenOnServer } from "./listen-on-server.js";

export type Db = PgDatabase<PgQueryResultHKT>;
export type DatabaseKind = "embedded" | "postgres";

/** What pg-boss and raw statements need: one SQL text, optional parameters, rows back. */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/**
 * Calls `onNotify` with the payload of each NOTIFY on `channel`, and `onConnected(false)` while
 * notifications may be missed (then `true` again). Answers a function that stops listening.
 */
export type Listen = (
  channel: string,
  onNotify: (payload: string) => void,
  onConnected?: (connected: boolean) => void,
) => Promise<() => Promise<void>>;

export interface Database {
  kind: DatabaseKind;
  db: Db;
  executeSql: ExecuteSql;
  listen: Listen;
  close(): Promise<void>;
}

/** Where the embedded database lives inside Kontor's data directory. */
export const embeddedDatabaseDir = (dataDir: string) => `${dataDir}/pg`;

/** Every embedded database Kontor opens (server, operator command, tests) has the same extensions. */
export function pgliteOptions(extra: PGliteOptions = {}): PGliteOptions {
  // Postgres's default 128 MB of shared buffers is more than a firm's data needs; it would only cost memory.
  return { extensions: { pg_trgm }, postgresqlconf: ["shared_buffers=32MB"], ...extra };
}

/** The embedded database of a data directory. */
export async function openEmbedded(dataDir: string): Promise<Database> {
  return fromPglite(await PGlite.create(embeddedDatabaseDir(dataDir), pgliteOptions()));
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
    // One process holds the embedded database: its notifications come with the committing query's answer.
    listen: async (channel, onNotify, onConnected) => {
      const unlisten = await client.listen(channel, onNotify);
      onConnected?.(true);
      return () => unlisten();
    },
    close: () => client.close(),
  };
}

/**
 * A pool on a PostgreSQL server. `onLostConnection` hears of a connection the server ended (a
 * restart, an administrator) while idle or listening: the pool drops it and opens another when
 * needed, the listener reconnects; unheard, the pool's error would end the process.
 */
export async function openPostgres(
  url: string,
  { max = 10, onLostConnection = () => {} }: { max?: number; onLostConnection?: (error: Error) => void } = {},
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max, application_name: "kontor" });
  pool.on("error", onLostConnection);
  const allClosed = closedConnections(pool);
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
    listen: listenOnServer(url, onLostConnection),
    close: async () => {
      await pool.end();
      await allClosed();
    },
  };
}

/**
 * pool.end() answers once its connections are told to close, not once they have. What this answers
 * waits for every connection the pool opened to be closed, so that nothing (a dropped database, the
 * next process) meets one still closing.
 */
function closedConnections(pool: pg.Pool): () => Promise<void> {
  const open = new Set<Promise<void>>();
  pool.on("connect", (client) => {
    const closed = new Promise<void>((resolve) => client.once("end", () => resolve()));
    open.add(closed);
    void closed.then(() => open.delete(closed));
  });
  return async () => {
    await Promise.all(open);
  };
}
