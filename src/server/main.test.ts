import { spawn } from "node:child_process";
import fs from "node:fs";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./test/test-database.js";

const root = path.resolve(import.meta.dirname, "../..");
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function freePort(): Promise<string> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return String(port);
}

interface Output {
  stdout: string;
  stderr: string;
}

/** Runs `main.ts` as `npm start` does until it has logged that it is ready; then stops it. */
async function startMain(): Promise<Output & { port: string; exitCode: number | null }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kontor-main-"));
  cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.PUBLIC_URL;
  if (process.env.TEST_DATABASE_URL) {
    const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL);
    cleanups.push(() => scratch.drop());
    env.DATABASE_URL = scratch.url;
  }
  const port = await freePort();
  Object.assign(env, { PORT: port, HOST: "127.0.0.1", LOG_LEVEL: "info", XERO_SANDBOX_PORT: "0" });
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], { cwd: root, env });
  const output: Output = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk: Buffer) => {
    output.stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output.stderr += chunk.toString();
  });
  const closed = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  cleanups.push(async () => {
    child.kill("SIGKILL");
    await closed;
  });
  await expect.poll(() => output.stdout, { timeout: 150_000, interval: 100 }).toContain("Kontor is ready");
  // Everything it wrote has arrived once its pipes are closed.
  child.kill("SIGTERM");
  const exitCode = await closed;
  return { ...output, port, exitCode };
}

describe("starting Kontor", () => {
  it("says plainly where it is ready, and keeps its log JSON lines on stdout", async () => {
    const { stdout, stderr, port, exitCode } = await startMain();
    expect(stderr).toContain(`Kontor is ready on http://localhost:${port}\n`);
    const lines = stdout.split("\n").filter(Boolean);
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    expect(lines.map((line) => JSON.parse(line).msg)).toContain(
      `Kontor is ready on http://localhost:${port}`,
    );
    expect(exitCode).toBe(0);
  }, 180_000);
});
