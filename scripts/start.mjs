// npm start: build the web app and the server when their sources are newer than the builds, then
// run the server from its build (one bundle of plain JavaScript starts faster than compiling on load).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const webBuilt = path.join(root, "dist/web/index.html");
const webSources = ["src/web", "src/shared", "vite.config.ts", "package-lock.json"];
const serverBuilt = path.join(root, "dist/server/main.js");
const serverSources = [
  "src/server",
  "src/shared",
  "xero-sandbox/src",
  "package-lock.json",
  "scripts/start.mjs",
];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

const outOfDate = (built, sources) =>
  (fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0) < Math.max(...sources.map(newestMtime));

if (outOfDate(webBuilt, webSources)) {
  console.log("Building the web app…");
  const build = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"],
    { cwd: root, stdio: "inherit" },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (outOfDate(serverBuilt, serverSources)) {
  const { build } = await import("esbuild");
  const outdir = path.join(root, "dist/server");
  fs.rmSync(outdir, { recursive: true, force: true });
  // dist/server sits as deep as src/server, so the server's paths relative to itself still hold.
  // The dependencies are bundled too: resolving a few thousand module files costs Node more at
  // start than reading one bundle. PGlite (its WebAssembly and extensions) and swagger-ui-dist
  // (its assets) are found beside their code, so they stay in node_modules.
  await build({
    entryPoints: { main: path.join(root, "src/server/main.ts") },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["@electric-sql/pglite", "@electric-sql/pglite/*", "swagger-ui-dist", "pg-native"],
    // CommonJS dependencies call require(); an ES module has none of its own.
    banner: {
      js: 'import { createRequire as kontorRequire } from "node:module"; const require = kontorRequire(import.meta.url);',
    },
    sourcemap: "linked",
    sourcesContent: false,
    logLevel: "warning",
  });
}

const server = spawn(process.execPath, ["--enable-source-maps", serverBuilt], {
  cwd: process.cwd(),
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
