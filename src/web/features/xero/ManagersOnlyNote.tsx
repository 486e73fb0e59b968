import { Text } from "@mantine/core";

/** Why a Company Member's Xero controls are disabled. */
export function ManagersOnlyNote() {
  return (
    <Text size="sm" c="dimmed">
      Only the Company Owner or a Company Admin can connect, disconnect or change Xero.
    </Text>
  );
}
