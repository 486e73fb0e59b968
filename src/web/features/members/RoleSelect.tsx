import { NativeSelect } from "@mantine/core";
import type { Member } from "../../../shared/api/members.js";
import { INVITABLE_ROLES, type InvitableRole, ROLE_LABELS } from "../../../shared/roles.js";
import { notifyFailure, notifySuccess } from "../../lib/notify.js";
import { useChangeRole } from "./members-api.js";

const OPTIONS = INVITABLE_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

function isInvitableRole(value: string): value is InvitableRole {
  return (INVITABLE_ROLES as readonly string[]).includes(value);
}

/** Changes a member's role at once (Admin ↔ Member); the Owner's role changes only by a transfer. */
export function RoleSelect({ member }: { member: Member & { role: InvitableRole } }) {
  const change = useChangeRole();
  const role = change.isPending && change.variables ? change.variables.role : member.role;
  return (
    <NativeSelect
      aria-label={`Role of ${member.name}`}
      data={OPTIONS}
      value={role}
      disabled={change.isPending}
      size="xs"
      w={170}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (!isInvitableRole(next) || next === member.role) return;
        change.mutate(
          { userId: member.id, role: next },
          {
            onSuccess: () => notifySuccess(`${member.name} is now a ${ROLE_LABELS[next]}.`),
            onError: (error) => notifyFailure(error, `Could not change ${member.name}'s role`),
          },
        );
      }}
    />
  );
}
