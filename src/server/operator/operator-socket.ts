import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { Deps } from "../app-env.js";
import { AppError } from "../lib/errors.js";
import { type OperatorCommand, runOperatorCommand } from "./operator-commands.js";

export const SOCKET_NAME = "kontor.sock";

export function socketPath(dataDir: string): string {
  return path.join(dataDir, SOCKET_NAME);
}

/**
 * While the server holds the embedded database, operator commands reach it through a Unix
 * socket in the data directory (owner-only), and the server runs them on its own connection.
 */
export async function listenForOperator(deps: Deps, dataDir: string): Promise<() => Promise<void>> {
  const { logger } = deps;
  const file = socketPath(dataDir);
  // Unix socket paths are limited to about 107 bytes.
  if (Buffer.byteLength(file) > 100) {
    logger.warn(
      { dataDir },
      "data directory path too long for the operator socket; stop the server to run operator commands",
    );
    return async () => {};
  }
  fs.rmSync(file, { force: true });
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", async () => {
      const answer = (status: number, payload: unknown) => {
        res.writeHead(status, { "Content-Type": "application/json" });
        res.end(JSON.stringify(payload));
      };
      try {
        const command = JSON.parse(body) as OperatorCommand;
        const result = await runOperatorCommand(deps.database.db, command);
        // Plans and names feed every signed-in request: drop what this process cached.
        deps.principals.clear();
        logger.info({ operator: command.name }, "operator command run");
        answer(200, { result });
      } catch (error) {
        const message = error instanceof AppError ? error.message : "The command failed; see the server log.";
        if (!(error instanceof AppError)) logger.error({ err: error }, "operator command failed");
        answer(400, { error: message });
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(file, () => resolve());
  });
  fs.chmodSync(file, 0o600);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      fs.rmSync(file, { force: true });
    });
}

export function sendToServer(dataDir: string, command: OperatorCommand): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath: socketPath(dataDir), path: "/", method: "POST" }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        text += chunk;
      });
      res.on("end", () => {
        const payload = JSON.parse(text) as { result?: unknown; error?: string };
        if (payload.error) reject(new Error(payload.error));
        else resolve(payload.result);
      });
    });
    req.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT" || error.code === "ECONNREFUSED"
          ? new Error(
              "The running Kontor server did not answer on its operator socket. Is it still starting? Try again.",
            )
          : error,
      ),
    );
    req.end(JSON.stringify(command));
  });
}
