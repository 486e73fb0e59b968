import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createScratchDatabase } from "../test/test-database.js";
import { openPostgres } from "./client.js";

const serverUrl = process.env.TEST_DATABASE_URL;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe.skipIf(!serverUrl)(
  `a PostgreSQL server's pool${serverUrl ? "" : " (skipped: needs TEST_DATABASE_URL)"}`,
  () => {
    it("has closed every connection once close() answers", async () => {
      const scratch = await createScratchDatabase(serverUrl ?? "");
      cleanups.push(scratch.drop);
      // Connected beforehand, so it can look the moment close() answers.
      const admin = new pg.Client({ connectionString: scratch.url, application_name: "observer" });
      await admin.connect();
      cleanups.unshift(() => admin.end());
      const connections = async () =>
        (
          await admin.query<{ name: string }>(
            "select application_name as name from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
          )
        ).rows.map((row) => row.name);

      const database = await openPostgres(scratch.url, { max: 3 });
      // Three at once, so the pool holds three connections; then one of them makes 2,000 temporary
      // tables, which it drops as it exits: it takes a moment to close after being told to.
      await Promise.all([1, 2, 3].map(() => database.executeSql("select pg_sleep(0.05)")));
      await database.executeSql(
        "do $$ begin for i in 1..2000 loop execute format('create temp table t%s (id int)', i); end loop; end $$",
      );
      expect(await connections()).toEqual(["kontor", "kontor", "kontor"]);

      await database.close();
      expect(await connections()).toEqual([]);
    });
  },
);
