import { ConnectionStatusLine } from "./ConnectionStatusLine.js";
import { useXeroConnection } from "./xero-api.js";

/** On the Xero card: where the connection stands, at a glance. */
export function XeroCardStatus() {
  const connection = useXeroConnection();
  if (!connection.data) return null;
  return <ConnectionStatusLine connection={connection.data} withSandbox />;
}
