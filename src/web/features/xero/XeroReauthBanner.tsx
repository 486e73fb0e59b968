import { Alert, Group, Text } from "@mantine/core";
import { WarningIcon } from "../../components/icons.js";
import { useCurrentUser } from "../auth/current-user.js";
import { AuthorizeXeroButton } from "./AuthorizeXeroButton.js";
import { reauthReason } from "./connection-state.js";
import { useXeroConnection } from "./xero-api.js";

/**
 * Across the app, for the Company Owner and Admins, while Xero needs to be authorized again:
 * why, and the button that fixes it. Members see the state in Settings & Apps instead.
 */
export function XeroReauthBanner() {
  const { canManage } = useCurrentUser();
  const connection = useXeroConnection({ enabled: canManage });
  const data = connection.data;
  if (!canManage || !data?.enabled || data.status !== "needs_reauth") return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<WarningIcon />}
      title="Xero needs to be authorized again"
      mb="lg"
      role="region"
      aria-label="Xero needs to be authorized again"
    >
      <Group justify="space-between" gap="sm" align="center">
        <Text size="sm" style={{ flex: "1 1 320px" }}>
          {reauthReason(data)} Until then Kontor cannot import from Xero or send invoices to it; nothing is
          lost.
        </Text>
        <AuthorizeXeroButton>Authorize Xero</AuthorizeXeroButton>
      </Group>
    </Alert>
  );
}
