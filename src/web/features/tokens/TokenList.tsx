import { Button, Text } from "@mantine/core";
import { useState } from "react";
import type { ApiToken } from "../../../shared/api/auth.js";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { EmptyState } from "../../components/EmptyState.js";
import { ItemList, ItemRow } from "../../components/ItemList.js";
import { KeyIcon } from "../../components/icons.js";
import { formatDate, formatDateTime } from "../../lib/dates.js";
import { notifySuccess } from "../../lib/notify.js";
import { useRevokeToken } from "./tokens-api.js";

export function TokenList({ tokens }: { tokens: ApiToken[] }) {
  const revoke = useRevokeToken();
  // The token stays set while the dialog's closing animation runs; `opened` says whether it shows.
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [opened, setOpened] = useState(false);

  if (tokens.length === 0) {
    return (
      <EmptyState
        icon={<KeyIcon size={22} />}
        title="No API tokens yet"
        description="Create one token per script or integration, so you can revoke one without stopping the others."
      />
    );
  }

  return (
    <>
      <ItemList label="API tokens">
        {tokens.map((token) => (
          <ItemRow
            key={token.id}
            title={
              <Text size="sm" fw={600}>
                {token.name}
              </Text>
            }
            details={
              <Text size="xs" c="dimmed">
                Created {formatDate(token.createdAt)} ·{" "}
                {token.lastUsedAt ? `last used ${formatDateTime(token.lastUsedAt)}` : "never used"}
              </Text>
            }
            actions={
              <Button
                variant="subtle"
                color="red"
                size="xs"
                aria-label={`Revoke ${token.name}`}
                onClick={() => {
                  setRevoking(token);
                  setOpened(true);
                }}
              >
                Revoke
              </Button>
            }
          />
        ))}
      </ItemList>

      <ConfirmDialog
        opened={opened}
        onClose={() => setOpened(false)}
        title={`Revoke “${revoking?.name ?? ""}”?`}
        confirmLabel="Revoke token"
        danger
        onConfirm={async () => {
          if (!revoking) return;
          await revoke.mutateAsync(revoking.id);
          notifySuccess(`The token “${revoking.name}” was revoked.`);
        }}
      >
        <Text>Scripts and integrations that use this token stop working at once. This cannot be undone.</Text>
      </ConfirmDialog>
    </>
  );
}
