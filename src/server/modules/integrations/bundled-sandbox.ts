import { randomBytes } from "node:crypto";
import { type Sandbox, startSandbox } from "../../../../xero-sandbox/src/sandbox.js";
import type { Config } from "../../config.js";
import type { Logger } from "../../lib/logger.js";

export interface BundledSandbox {
  sandbox: Sandbox;
  issuerUrl: string;
  apiUrl: string;
  clientId: string;
  clientSecret: string;
}

/**
 * Without Xero credentials Kontor starts its Xero sandbox in-process, so every Xero flow works
 * offline. Kontor registers itself there as an app with its exact redirect URI, as with real Xero.
 * The sandbox listens on loopback only: its control API has no authentication.
 */
export async function startBundledSandbox(config: Config, logger: Logger): Promise<BundledSandbox | null> {
  if (config.xero.credentials) return null;
  let sandbox: Sandbox;
  try {
    sandbox = await startSandbox({ port: config.xero.sandboxPort, host: "127.0.0.1" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    logger.warn(
      { port: config.xero.sandboxPort },
      "XERO_SANDBOX_PORT is taken; the Xero sandbox uses a free port",
    );
    sandbox = await startSandbox({ port: 0, host: "127.0.0.1" });
  }
  const clientId = "kontor-local";
  const clientSecret = randomBytes(24).toString("base64url");
  const registered = await fetch(`${sandbox.url}/__sandbox/apps`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [config.xero.redirectUri],
      name: "Kontor",
    }),
  });
  if (!registered.ok)
    throw new Error(`The Xero sandbox refused Kontor's app registration (${registered.status}).`);
  logger.info(
    { url: sandbox.url },
    "no Xero credentials: using the bundled Xero sandbox (demo login demo@kontor.test / demo)",
  );
  return { sandbox, issuerUrl: sandbox.issuerUrl, apiUrl: sandbox.apiUrl, clientId, clientSecret };
}
