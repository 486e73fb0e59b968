import { DEMO_APP } from "./identity/apps.js";
import { startSandbox } from "./sandbox.js";
import { DEMO_ORGANISATIONS, DEMO_USER_EMAIL, DEMO_USER_PASSWORD } from "./seed/fixed-ids.js";

/** `npm run xero-sandbox`: the sandbox on XERO_SANDBOX_PORT (default 4599), demo data loaded. */
async function main(): Promise<void> {
  const port = Number.parseInt(process.env.XERO_SANDBOX_PORT ?? "4599", 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`XERO_SANDBOX_PORT is not a port: ${process.env.XERO_SANDBOX_PORT}`);
  const sandbox = await startSandbox({ port, host: process.env.XERO_SANDBOX_HOST ?? "127.0.0.1" });
  const lines = [
    `Xero sandbox listening on ${sandbox.url}`,
    `  issuer (OpenID):   ${sandbox.issuerUrl}`,
    `  API base:          ${sandbox.apiUrl}  (connections: ${sandbox.apiUrl}/connections, accounting: ${sandbox.accountingUrl})`,
    `  control API:       ${sandbox.url}/__sandbox`,
    `  demo app:          client_id ${DEMO_APP.clientId} / secret ${DEMO_APP.clientSecret} (any http://localhost redirect)`,
    `  demo login:        ${DEMO_USER_EMAIL} / ${DEMO_USER_PASSWORD}`,
    ...DEMO_ORGANISATIONS.map((o) => `  tenant ${o.tenantId}  ${o.name}`),
  ];
  console.log(lines.join("\n"));
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: stopping the Xero sandbox`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
