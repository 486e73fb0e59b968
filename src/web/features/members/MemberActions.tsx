import { ActionIcon, Menu, Text } from "@mantine/core";
import { useState } from "react";
import type { Member } from "../../../shared/api/members.js";
import { ROLE_LABELS } from "../../../shared/roles.js";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { DotsIcon } from "../../components/icons.js";
import { notifySuccess } from "../../lib/notify.js";
import { useCurrentUser } from "../auth/current-user.js";
import { useRemoveMember, useTransferOwnership } from "./members-api.js";

/** Remove a member, or (for the Owner) hand ownership to them; each after a confirmation. */
export function MemberActions({ member }: { member: Member }) {
  const me = useCurrentUser();
  const remove = useRemoveMember();
  const transfer = useTransferOwnership();
  const [dialog, setDialog] = useState<"remove" | "transfer" | null>(null);

  const isSelf = member.id === me.user.id;
  const canRemove = me.canManage && !isSelf && member.role !== "owner";
  const canTransfer = me.role === "owner" && !isSelf;
  if (!canRemove && !canTransfer) return null;

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${member.name}`}>
            <DotsIcon />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {canTransfer && (
            <Menu.Item onClick={() => setDialog("transfer")}>Transfer ownership to {member.name}…</Menu.Item>
          )}
          {canRemove && (
            <Menu.Item color="red" onClick={() => setDialog("remove")}>
              Remove {member.name}…
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>

      <ConfirmDialog
        opened={dialog === "remove"}
        onClose={() => setDialog(null)}
        title={`Remove ${member.name}?`}
        confirmLabel={`Remove ${member.name}`}
        danger
        onConfirm={async () => {
          await remove.mutateAsync(member.id);
          notifySuccess(`${member.name} was removed from ${me.company.name}.`);
        }}
      >
        <Text>
          {member.name} ({member.email}) will no longer be able to log in to {me.company.name}. Their sessions
          and API tokens stop working at once.
        </Text>
      </ConfirmDialog>

      <ConfirmDialog
        opened={dialog === "transfer"}
        onClose={() => setDialog(null)}
        title="Transfer ownership?"
        confirmLabel={`Make ${member.name} the Owner`}
        onConfirm={async () => {
          await transfer.mutateAsync(member.id);
          notifySuccess(`${member.name} is now the Company Owner. You are a Company Admin.`);
        }}
      >
        <Text>
          {member.name} becomes the {ROLE_LABELS.owner} of {me.company.name}, and you, {me.user.name}, become
          a {ROLE_LABELS.admin}. Only {member.name} will be able to transfer ownership after this.
        </Text>
      </ConfirmDialog>
    </>
  );
}
