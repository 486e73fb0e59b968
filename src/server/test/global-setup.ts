import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { fromPglite, pgliteOptions } from "../db/client.js";
import { applyMigrations, migrationsFolder } from "../db/migrate.js";

/**
 * Migrating a fresh PGlite takes seconds; do it once per run of the suite and let every test
 * file load the migrated image. The file name carries a hash of the migrations.
 */
export default async function setup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  const hash = createHash("sha256");
  for (const name of fs.readdirSync(migrationsFolder, { recursive: true }).map(String).sort()) {
    const file = path.join(migrationsFolder, name);
    if (fs.statSync(file).isFile()) hash.update(name).update(fs.readFileSync(file));
  }
  const image = path.join(os.tmpdir(), `kontor-test-pglite-${hash.digest("hex").slice(0, 16)}.tar`);
  if (!fs.existsSync(image)) {
    const client = await PGlite.create(pgliteOptions());
    await applyMigrations(fromPglite(client));
    const blob = await client.dumpDataDir("none");
    await client.close();
    const partial = `${image}.${process.pid}`;
    fs.writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
    fs.renameSync(partial, image);
  }
  process.env.KONTOR_TEST_PGLITE_IMAGE = image;
}
