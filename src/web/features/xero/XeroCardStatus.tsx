import { Stack } from "@mantine/core";
import { ConnectionStatusLine } from "./ConnectionStatusLine.js";
import { ImportWaitingNotice } from "./import/ImportWaitingNotice.js";
import { useXeroConnection } from "./xero-api.js";

/** On the Xero card: where the connection stands, at a glance, and an import waiting for review. */
export function XeroCardStatus({ onReviewImport }: { onReviewImport: () => void }) {
  const connection = useXeroConnection();
  if (!connection.data) return null;
  return (
    <Stack gap="xs">
      <ConnectionStatusLine connection={connection.data} withSandbox />
      <ImportWaitingNotice onReview={onReviewImport} />
    </Stack>
  );
}
