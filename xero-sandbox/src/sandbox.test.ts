import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createSandboxApp, startSandbox } from "./sandbox.js";

const here = path.dirname(fileURLToPath(import.meta.url));

describe("starting the sandbox", () => {
  it("listens on a free port, names its URLs and closes", async () => {
    const sandbox = await startSandbox({ port: 0 });
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox.issuerUrl).toBe(`${sandbox.url}/identity`);
    expect(sandbox.apiUrl).toBe(`${sandbox.url}/api`);
    const discovery = (await (
      await fetch(`${sandbox.issuerUrl}/.well-known/openid-configuration`)
    ).json()) as { issuer: string };
    expect(discovery.issuer).toBe(sandbox.issuerUrl);
    sandbox.advanceClock(600);
    expect(sandbox.clockSkewSeconds()).toBeGreaterThanOrEqual(599);
    await sandbox.close();
    await expect(fetch(sandbox.url)).rejects.toThrow();
  });

  it("serves in-process through app.request without a port", async () => {
    const { app } = createSandboxApp({ baseUrl: "http://xero.test" });
    const response = await app.request("/identity/.well-known/openid-configuration");
    expect(((await response.json()) as { token_endpoint: string }).token_endpoint).toBe(
      "http://xero.test/identity/connect/token",
    );
  });

  it("runs as a CLI on XERO_SANDBOX_PORT and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(here, "main.ts")], {
      env: { ...process.env, XERO_SANDBOX_PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output = await new Promise<string>((resolve, reject) => {
      let text = "";
      child.stdout.on("data", (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes("demo login")) resolve(text);
      });
      child.on("exit", (code) => reject(new Error(`exited ${code}: ${text}`)));
    });
    const url = /listening on (http:\/\/\S+)/.exec(output)?.[1] ?? "";
    expect((await fetch(`${url}/__sandbox`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
