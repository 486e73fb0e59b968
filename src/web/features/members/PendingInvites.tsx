import { Button, Text } from "@mantine/core";
import { useState } from "react";
import type { Invite } from "../../../shared/api/members.js";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { ItemList, ItemRow } from "../../components/ItemList.js";
import { RoleBadge } from "../../components/RoleBadge.js";
import { formatDate } from "../../lib/dates.js";
import { notifySuccess } from "../../lib/notify.js";
import { useWithdrawInvite } from "./members-api.js";

/** Invites not accepted yet; Owner and Admins may withdraw them. */
export function PendingInvites({ invites }: { invites: Invite[] }) {
  const withdraw = useWithdrawInvite();
  // The invite stays set while the dialog's closing animation runs; `opened` says whether it shows.
  const [withdrawing, setWithdrawing] = useState<Invite | null>(null);
  const [opened, setOpened] = useState(false);

  if (invites.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No open invites. When you invite someone, the invite waits here until they accept it.
      </Text>
    );
  }

  return (
    <>
      <ItemList label="Open invites">
        {invites.map((invite) => (
          <ItemRow
            key={invite.id}
            title={
              <Text size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
                {invite.email}
              </Text>
            }
            details={
              <Text size="xs" c="dimmed">
                Invited {formatDate(invite.createdAt)} · link expires {formatDate(invite.expiresAt)}
              </Text>
            }
            actions={
              <>
                <RoleBadge role={invite.role} />
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => {
                    setWithdrawing(invite);
                    setOpened(true);
                  }}
                  aria-label={`Withdraw the invite to ${invite.email}`}
                >
                  Withdraw
                </Button>
              </>
            }
          />
        ))}
      </ItemList>
      <Text size="xs" c="dimmed" mt="xs">
        Lost a link? Invite the same address again: the new link replaces the old one.
      </Text>

      <ConfirmDialog
        opened={opened}
        onClose={() => setOpened(false)}
        title="Withdraw this invite?"
        confirmLabel="Withdraw invite"
        danger
        onConfirm={async () => {
          if (!withdrawing) return;
          await withdraw.mutateAsync(withdrawing.id);
          notifySuccess(`The invite to ${withdrawing.email} was withdrawn.`);
        }}
      >
        <Text>The link sent to {withdrawing?.email} stops working. You can invite them again later.</Text>
      </ConfirmDialog>
    </>
  );
}
