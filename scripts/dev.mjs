// npm run dev: the Kontor server, restarted when its code changes, and the web app on Vite's dev
// server with hot module replacement, which proxies /api to the server. Ctrl-C stops both.
//
//   PORT      the server's port (default 3000)
//   WEB_PORT  the web app's port (default 5173): open this one
//   DATA_DIR, DATABASE_URL, …  as for npm start
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const serverPort = process.env.PORT || "3000";
const webPort = process.env.WEB_PORT || "5173";
const webUrl = `http://localhost:${webPort}`;

const children = new Map();
let stopping = false;

function run(name, args, env) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: "inherit",
  });
  children.set(name, child);
  child.on("exit", (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`\n[dev] the ${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
      stop(code || 1);
    } else if (children.size === 0) {
      process.exit(process.exitCode ?? 0);
    }
  });
  return child;
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  if (children.size === 0) process.exit(code);
  for (const child of children.values()) child.kill("SIGTERM");
  // A child that ignores SIGTERM must not keep the terminal hostage.
  setTimeout(() => {
    for (const child of children.values()) child.kill("SIGKILL");
    process.exit(code || 1);
  }, 8000).unref();
}

process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

run("server", ["--import", "tsx", "--watch", "--watch-preserve-output", "src/server/main.ts"], {
  PORT: serverPort,
  // Invite links, redirects and the one Origin the server accepts changes from: the page the
  // developer has open (the Vite proxy passes the browser's Origin on unchanged).
  PUBLIC_URL: process.env.PUBLIC_URL || webUrl,
  NODE_ENV: "development",
});
run("web app", [path.join(root, "node_modules/vite/bin/vite.js"), "--clearScreen", "false"], {
  PORT: serverPort,
  WEB_PORT: webPort,
});

console.log(
  `[dev] open ${webUrl} (the API server runs on http://localhost:${serverPort}). Ctrl-C stops both.`,
);
